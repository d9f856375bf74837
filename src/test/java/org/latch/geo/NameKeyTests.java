package org.latch.geo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeyTests {

	@Test
	void accentsCaseAndPunctuationDoNotMatter() {
		assertThat(NameKey.of("São Paulo")).isEqualTo(NameKey.of("sao  PAULO")).isEqualTo("sao paulo");
		assertThat(NameKey.of("Port-au-Prince")).isEqualTo(NameKey.of("port au prince"));
		assertThat(NameKey.of("Cap-Haïtien")).isEqualTo("cap haitien");
	}

	@Test
	void lettersWithoutDecompositionAreSpelledOut() {
		assertThat(NameKey.of("Gießen")).isEqualTo("giessen");
		assertThat(NameKey.of("Łódź")).isEqualTo("lodz");
		assertThat(NameKey.of("Tórshavn Ærø")).isEqualTo("torshavn aero");
	}

	@Test
	void apostrophesJoinTheirWords() {
		assertThat(NameKey.of("N'Djamena")).isEqualTo("ndjamena");
		assertThat(NameKey.of("Coeur d’Alene")).isEqualTo("coeur dalene");
	}

	@Test
	void abbreviationsAreWrittenOut() {
		assertThat(NameKey.of("St. Louis")).isEqualTo(NameKey.of("Saint-Louis")).isEqualTo("saint louis");
		assertThat(NameKey.of("Ft Lauderdale")).isEqualTo("fort lauderdale");
	}

	@Test
	void anUnfinishedLastWordIsLeftAsTyped() {
		assertThat(NameKey.ofPrefix("St")).isEqualTo("st");
		assertThat(NameKey.ofPrefix("St. L")).isEqualTo("saint l");
		assertThat(NameKey.ofPrefix("Port-")).isEqualTo("port ");
	}

	@Test
	void textWithoutLettersOrDigitsHasAnEmptyKey() {
		assertThat(NameKey.of("  ,;- ")).isEmpty();
		assertThat(NameKey.ofPrefix("")).isEmpty();
	}

}
