package org.latch.fundraising;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTests {

	@Test
	void amountsAreReadAsPeopleTypeThem() {
		assertThat(Money.parse("25")).contains(2500L);
		assertThat(Money.parse(" 25.5 ")).contains(2550L);
		assertThat(Money.parse("25,50")).contains(2550L);
		assertThat(Money.parse("1,250.00")).contains(125000L);
		assertThat(Money.parse("1.250,00")).contains(125000L);
		assertThat(Money.parse("1 250")).contains(125000L);
		assertThat(Money.parse("0.07")).contains(7L);
	}

	@Test
	void whatIsNotAnAmountIsRefused() {
		for (String bad : new String[] { "", "-5", "abc", "1e3", "25.5055", "1,250,00", "$25", "NaN", "10000000.01",
				"9".repeat(30), "25..5", "١٢" }) {
			assertThat(Money.parse(bad)).as(bad).isEmpty();
		}
		assertThat(Money.parse(null)).isEmpty();
	}

	@Test
	void amountsAreShownInTheReadersWay() {
		assertThat(Money.format(125050, "USD", Locale.US)).isEqualTo("$1,250.50");
		assertThat(Money.format(2550, "BRL", Locale.forLanguageTag("pt-BR"))).isEqualTo("R$\u00a025,50");
	}

}
