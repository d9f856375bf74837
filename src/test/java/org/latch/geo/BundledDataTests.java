package org.latch.geo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BundledDataTests {

	@Test
	void everyZipCodeAreaOfTheCensusGazetteerIsBundled() {
		assertThat(ZipIndex.load().size()).isGreaterThan(33_000);
	}

	@Test
	void everyPlaceOfAThousandPeopleIsBundledWithItsAlternateNames() {
		PlaceIndex places = PlaceIndex.load();
		assertThat(places.places()).isGreaterThan(135_000);
		assertThat(places.keys()).isGreaterThan(2 * places.places());
	}

	@Test
	void quotedFieldsMayHoldCommasAndQuotes() {
		assertThat(GzipCsv.fields("\"Basford, Stoke-on-Trent\",GB,ENG,\"a \"\"b\"\"\",,"))
			.containsExactly("Basford, Stoke-on-Trent", "GB", "ENG", "a \"b\"", "", "");
		assertThat(GzipCsv.fields("Boston,US,MA")).containsExactly("Boston", "US", "MA");
	}

}
