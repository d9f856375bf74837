package org.latch.milkdonation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import org.latch.platform.Localizer;

import static org.assertj.core.api.Assertions.assertThat;

class MilkVolumeTests {

	@Test
	void ouncesBecomeMillilitresExactlyAtTwentyNinePointFiveSevenThreeFivePerOunce() {
		MilkVolume volume = MilkVolume.parse("120", "OZ").orElseThrow();
		assertThat(volume.millilitres()).isEqualByComparingTo("3548.82");
		assertThat(volume.ounces()).isEqualByComparingTo("120");
		assertThat(MilkVolume.parse("1", "OZ").orElseThrow().millilitres()).isEqualByComparingTo("29.5735");
	}

	@Test
	void millilitresBecomeOuncesRoundedOnlyFarBehindTheDecimalPoint() {
		MilkVolume volume = MilkVolume.parse("500", "ML").orElseThrow();
		assertThat(volume.ounces()).isEqualByComparingTo("16.9070282516");
		assertThat(volume.millilitres()).isEqualByComparingTo("500");
	}

	@Test
	void aFormMayWriteAPointOrACommaAndOneDecimal() {
		assertThat(MilkVolume.parse("120.5", "OZ")).contains(new MilkVolume(new BigDecimal("120.5"), MilkUnit.OZ));
		assertThat(MilkVolume.parse(" 120,5 ", "OZ")).contains(new MilkVolume(new BigDecimal("120.5"), MilkUnit.OZ));
		assertThat(MilkVolume.parse("5000", "OZ")).isPresent();
		assertThat(MilkVolume.parse("150000", "ML")).isPresent();
	}

	@Test
	void anythingElseIsNotAnAmount() {
		for (String bad : List.of("", "0", "0.0", "-5", "1,000", "1.25", "1e3", "abc", "NaN", "120 oz", "5000.1",
				"99999999", "\u0661\u0662\u0660")) {
			assertThat(MilkVolume.parse(bad, "OZ")).as(bad).isEmpty();
		}
		assertThat(MilkVolume.parse("150001", "ML")).isEmpty();
		assertThat(MilkVolume.parse("120", "CUPS")).isEmpty();
		assertThat(MilkVolume.parse("120", null)).isEmpty();
		assertThat(MilkVolume.parse(null, "OZ")).isEmpty();
	}

	@Test
	void aSumOfBothUnitsIsExactInEither() {
		MilkSum sum = MilkSum.of(List.of(MilkVolume.parse("0.1", "OZ").orElseThrow(),
				MilkVolume.parse("0.2", "OZ").orElseThrow(), MilkVolume.parse("30", "ML").orElseThrow()));
		assertThat(sum.enteredOunces()).isEqualByComparingTo("0.3");
		assertThat(sum.enteredMillilitres()).isEqualByComparingTo("30");
		assertThat(sum.millilitres()).isEqualByComparingTo("38.87205");
		assertThat(MilkSum.ZERO.isZero()).isTrue();
		MilkSum thousand = MilkSum.ZERO;
		for (int i = 0; i < 1000; i++) {
			thousand = thousand.plus(MilkVolume.parse("3", "ML").orElseThrow());
		}
		assertThat(thousand.millilitres()).as("no drift from converting each entry").isEqualByComparingTo("3000");
		assertThat(thousand.ounces()).isEqualByComparingTo("101.4421695099");
	}

	@Test
	void pagesShowBothUnitsInTheReadersNumbers() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/milkdonation/milkdonation");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		MilkVolume stash = MilkVolume.parse("1200", "OZ").orElseThrow();
		assertThat(VolumeText.of(stash, new Localizer(messages, Locale.ENGLISH))).isEqualTo("1,200 oz (35,488 mL)");
		assertThat(VolumeText.of(stash, new Localizer(messages, Locale.forLanguageTag("pt-BR"))))
			.isEqualTo("1.200 onças (35.488 mL)");
		assertThat(VolumeText.of(MilkVolume.parse("500", "ML").orElseThrow(), new Localizer(messages, Locale.ENGLISH)))
			.isEqualTo("500 mL (16.9 oz)");
	}

}
