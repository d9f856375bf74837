package org.latch.geo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class GeoPointTests {

	@Test
	void bostonIsAbout306KilometresFromNewYork() {
		GeoPoint boston = new GeoPoint(42.3601, -71.0589);
		GeoPoint newYork = new GeoPoint(40.7128, -74.0060);
		assertThat(boston.distanceKm(newYork)).isCloseTo(306, within(5.0));
		assertThat(newYork.distanceKm(boston)).isEqualTo(boston.distanceKm(newYork));
	}

	@Test
	void aPointIsNoDistanceFromItself() {
		GeoPoint paris = new GeoPoint(48.8534, 2.3488);
		assertThat(paris.distanceKm(paris)).isZero();
	}

	@Test
	void distancesCrossTheAntimeridianTheShortWay() {
		assertThat(new GeoPoint(0, 179.5).distanceKm(new GeoPoint(0, -179.5))).isCloseTo(111.2, within(0.5));
	}

	@Test
	void antipodesAreHalfTheEarthApart() {
		assertThat(new GeoPoint(90, 0).distanceKm(new GeoPoint(-90, 0))).isCloseTo(20015, within(5.0));
	}

	@Test
	void aPointOffTheEarthIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(91, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(0, -180.5));
		assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(Double.NaN, 0));
	}

}
