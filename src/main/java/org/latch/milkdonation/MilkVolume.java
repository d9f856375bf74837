package org.latch.milkdonation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An amount of milk as it was entered, in tenths of its unit. A US fluid ounce is 29.5735
 * mL, so ounces become millilitres exactly; millilitres become ounces rounded to ten
 * decimals, and only pages round further.
 */
record MilkVolume(BigDecimal amount, MilkUnit unit) {

	static final BigDecimal ML_PER_OUNCE = new BigDecimal("29.5735");

	/** The most one entry may hold: a large freezer stash. */
	static final BigDecimal MAX_OUNCES = new BigDecimal(5000);

	static final BigDecimal MAX_MILLILITRES = new BigDecimal(150000);

	/**
	 * Whole numbers or one decimal, with a point or a comma (pt-BR, fr, ht write 120,5).
	 */
	private static final Pattern AMOUNT = Pattern.compile("\\d{1,6}(?:[.,]\\d)?");

	MilkVolume {
		amount = amount.setScale(1, RoundingMode.UNNECESSARY);
	}

	/**
	 * The amount written in a form, or empty when it is not a positive number of at most
	 * one decimal within the limit of its unit.
	 */
	static Optional<MilkVolume> parse(@Nullable String amount, @Nullable String unit) {
		MilkUnit parsed = MilkUnit.OZ.name().equals(unit) ? MilkUnit.OZ
				: MilkUnit.ML.name().equals(unit) ? MilkUnit.ML : null;
		String text = (amount == null) ? "" : amount.strip();
		if (parsed == null || !AMOUNT.matcher(text).matches()) {
			return Optional.empty();
		}
		BigDecimal value = new BigDecimal(text.replace(',', '.'));
		BigDecimal max = (parsed == MilkUnit.OZ) ? MAX_OUNCES : MAX_MILLILITRES;
		if (value.signum() <= 0 || value.compareTo(max) > 0) {
			return Optional.empty();
		}
		return Optional.of(new MilkVolume(value, parsed));
	}

	BigDecimal millilitres() {
		return (this.unit == MilkUnit.ML) ? this.amount : this.amount.multiply(ML_PER_OUNCE);
	}

	BigDecimal ounces() {
		return (this.unit == MilkUnit.OZ) ? this.amount : this.amount.divide(ML_PER_OUNCE, 10, RoundingMode.HALF_EVEN);
	}

	/** The amount as a form shows it again. */
	String entered() {
		return this.amount.stripTrailingZeros().toPlainString();
	}

}
