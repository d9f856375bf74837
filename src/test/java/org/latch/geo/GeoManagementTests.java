package org.latch.geo;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class GeoManagementTests {

	/** One instance for the class: the indexes load once, as in the application. */
	private static final GeoManagement geo = new GeoManagement();

	private static final GeoPoint BOSTON_02126 = new GeoPoint(42.27, -71.09);

	private static final GeoPoint SAO_PAULO = new GeoPoint(-23.55, -46.63);

	@Test
	void aZipCodeIsFoundAtItsCentroid() {
		assertThat(geo.locate("02126"))
			.hasValueSatisfying(point -> assertThat(point.distanceKm(BOSTON_02126)).isLessThan(3));
		assertThat(geo.locate(" 02126-1234 ")).isEqualTo(geo.locate("02126"));
	}

	@Test
	void anUnknownZipCodeFindsNothing() {
		assertThat(geo.locate("00000")).isEmpty();
	}

	@Test
	void aCityIsFoundWithOrWithoutItsAccents() {
		assertThat(geo.locate("Sao Paulo"))
			.hasValueSatisfying(point -> assertThat(point.distanceKm(SAO_PAULO)).isLessThan(15));
		assertThat(geo.locate("são paulo")).isEqualTo(geo.locate("Sao Paulo"));
		assertThat(geo.locate("SÃO PAULO")).isEqualTo(geo.locate("Sao Paulo"));
	}

	@Test
	void hyphensAndSpacesAreTheSame() {
		assertThat(geo.locate("Port au Prince"))
			.hasValueSatisfying(point -> assertThat(point.distanceKm(new GeoPoint(18.54, -72.34))).isLessThan(10));
		assertThat(geo.locate("port-au-prince")).isEqualTo(geo.locate("Port au Prince"));
	}

	@Test
	void aStateOrCountryAfterACommaTellsNamesakesApart() {
		GeoPoint maine = geo.locate("Portland, ME").orElseThrow();
		GeoPoint oregon = geo.locate("Portland, OR").orElseThrow();
		assertThat(maine.distanceKm(oregon)).isGreaterThan(4000);
		assertThat(maine.distanceKm(new GeoPoint(43.66, -70.26))).isLessThan(10);
		assertThat(geo.locate("Portland, Maine")).contains(maine);
		assertThat(geo.locate("Portland ME")).contains(maine);
		assertThat(geo.locate("Paris, FR"))
			.hasValueSatisfying(point -> assertThat(point.distanceKm(new GeoPoint(48.85, 2.35))).isLessThan(10));
		assertThat(geo.locate("Paris, Texas"))
			.hasValueSatisfying(point -> assertThat(point.distanceKm(new GeoPoint(33.66, -95.56))).isLessThan(10));
	}

	@Test
	void sanJuanPuertoRicoIsNotSanJuanArgentina() {
		GeoPoint puertoRico = new GeoPoint(18.47, -66.11);
		assertThat(geo.locate("San Juan, PR"))
			.hasValueSatisfying(point -> assertThat(point.distanceKm(puertoRico)).isLessThan(10));
		assertThat(geo.locate("San Juan, Puerto Rico")).isEqualTo(geo.locate("San Juan, PR"));
	}

	@Test
	void aCountryCanBeNamedInTheVisitorsLanguage() {
		assertThat(geo.locate("São Paulo, Brasil")).isEqualTo(geo.locate("Sao Paulo"));
		assertThat(geo.locate("Cap-Haïtien, Haïti")).isPresent();
	}

	@Test
	void aQualifierThatFitsNoNamesakeFindsNothing() {
		assertThat(geo.locate("Paris, Narnia")).isEmpty();
		assertThat(geo.locate("Port-au-Prince, US")).isEmpty();
	}

	@Test
	void aPlaceIsFoundByTheNameFamiliesUseWhenGeoNamesPrefersAnother() {
		// GeoNames' main name for Cap-Haïtien is the Haitian Creole "Okap"
		assertThat(geo.locate("Cap-Haïtien"))
			.hasValueSatisfying(point -> assertThat(point.distanceKm(new GeoPoint(19.76, -72.20))).isLessThan(10));
		assertThat(geo.locate("Okap")).isEqualTo(geo.locate("Cap-Haitien"));
	}

	@Test
	void theMostPopulousNamesakeWins() {
		assertThat(geo.locate("Boston"))
			.hasValueSatisfying(point -> assertThat(point.distanceKm(new GeoPoint(42.36, -71.06))).isLessThan(10));
		assertThat(geo.locate("St. Louis"))
			.hasValueSatisfying(point -> assertThat(point.distanceKm(new GeoPoint(38.63, -90.20))).isLessThan(10));
	}

	@Test
	void coordinatesAreReadAsLatitudeThenLongitude() {
		assertThat(geo.locate("42.36,-71.06")).contains(new GeoPoint(42.36, -71.06));
		assertThat(geo.locate("42.36, -71.06")).contains(new GeoPoint(42.36, -71.06));
		assertThat(geo.locate("-23.55 -46.63")).contains(new GeoPoint(-23.55, -46.63));
	}

	@Test
	void coordinatesOffTheEarthFindNothing() {
		assertThat(geo.locate("91,0")).isEmpty();
		assertThat(geo.locate("0,181")).isEmpty();
	}

	@Test
	void nothingUsableFindsNothingAndNeverThrows() {
		assertThat(geo.locate(null)).isEmpty();
		assertThat(geo.locate("")).isEmpty();
		assertThat(geo.locate("   ")).isEmpty();
		assertThat(geo.locate("abc")).isEmpty();
		assertThat(geo.locate(",,,")).isEmpty();
		assertThat(geo.locate("-")).isEmpty();
		assertThat(geo.locate("💩🏠")).isEmpty();
		assertThat(geo.locate("São Paulo".repeat(1200).substring(0, 10_000))).isEmpty();
		assertThat(geo.suggest(null, 5)).isEmpty();
		assertThat(geo.suggest("x".repeat(10_000), 5)).isEmpty();
		assertThat(geo.suggest("Bos", 0)).isEmpty();
		assertThat(geo.suggest("Bos", -3)).isEmpty();
		assertThat(geo.nearestPlace(null)).isEmpty();
	}

	@Test
	void suggestionsIncludePlacesByTheirEverydayName() {
		assertThat(geo.suggest("Cap-Ha", 10)).extracting(Place::name, Place::country)
			.contains(tuple("Cap-Haïtien", "HT"));
	}

	@Test
	void suggestionsComeMostPopulousFirstAndRespectTheLimit() {
		List<Place> places = geo.suggest("sa", 5);
		assertThat(places).hasSizeBetween(1, 5);
		assertThat(places).extracting(Place::population).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
		assertThat(places).extracting(Place::name).contains("São Paulo");
	}

	@Test
	void suggestionsNeedTwoLettersAndStopAtTwenty() {
		assertThat(geo.suggest("s", 5)).isEmpty();
		assertThat(geo.suggest(" s ", 5)).isEmpty();
		assertThat(geo.suggest("san", 100)).hasSize(GeoManagement.MAX_SUGGESTIONS);
	}

	@Test
	void suggestionsShowEachPlaceOnce() {
		assertThat(geo.suggest("Cap", 20)).extracting(Place::point).doesNotHaveDuplicates();
	}

	@Test
	void aStateBeingTypedAfterACommaNarrowsSuggestions() {
		assertThat(geo.suggest("Portland, O", 5)).extracting(Place::admin1).containsExactly("OR");
		assertThat(geo.suggest("Portland, ", 20)).hasSizeGreaterThan(3);
	}

	@Test
	void theNearestPlaceToAPointIsNamed() {
		Optional<Place> place = geo.nearestPlace(new GeoPoint(48.8534, 2.3488));
		assertThat(place).hasValueSatisfying(p -> assertThat(p.country()).isEqualTo("FR"));
		assertThat(place.orElseThrow().point().distanceKm(new GeoPoint(48.8534, 2.3488))).isLessThan(2);
	}

	@Test
	void everyPlaceIsItsOwnNearestPlaceWhereverItLies() {
		List<Place> places = java.util.stream.Stream
			.of("sa", "ma", "ka", "ba", "la", "pa", "ta", "ne", "ch", "to", "po", "be", "mo", "bo", "da", "su", "ri",
					"ho", "ku", "vi")
			.map(prefix -> geo.suggest(prefix, 40))
			.flatMap(List::stream)
			.toList();
		assertThat(places).hasSizeGreaterThan(300);
		for (Place place : places) {
			assertThat(geo.nearestPlace(place.point())).hasValueSatisfying(
					found -> assertThat(found.point().distanceKm(place.point())).as(place.name()).isLessThan(0.01));
		}
	}

	@Test
	void theNearestPlaceIsFoundAcrossTheDateLine() {
		Optional<Place> place = geo.nearestPlace(new GeoPoint(-16.5, 179.999));
		assertThat(place).hasValueSatisfying(p -> assertThat(p.country()).isEqualTo("FJ"));
		assertThat(geo.nearestPlace(new GeoPoint(-16.5, -179.999)))
			.hasValueSatisfying(p -> assertThat(p.country()).isEqualTo("FJ"));
	}

	@Test
	void theLargestPlaceOfACountryOrUsStateStandsInForAnOrganizationKnownByItsRegion() {
		assertThat(geo.largestPlace("BR", "Bahia")).get().extracting(Place::name).isEqualTo("São Paulo");
		assertThat(geo.largestPlace("us", "Ohio")).get().extracting(Place::name).isEqualTo("Columbus");
		assertThat(geo.largestPlace("HT", null)).get().extracting(Place::country).isEqualTo("HT");
		assertThat(geo.largestPlace("ZZ", "Nowhere")).isEmpty();
		assertThat(geo.largestPlace("<script>", "x")).isEmpty();
	}

}
