package org.latch.milkdonation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;

/**
 * Amounts entered in ounces and in millilitres, added up apart, so that a total is exact
 * in either unit: converting each entry and adding the rounded results would drift.
 */
record MilkSum(BigDecimal enteredOunces, BigDecimal enteredMillilitres) {

	static final MilkSum ZERO = new MilkSum(BigDecimal.ZERO, BigDecimal.ZERO);

	static MilkSum of(Collection<MilkVolume> volumes) {
		MilkSum sum = ZERO;
		for (MilkVolume volume : volumes) {
			sum = sum.plus(volume);
		}
		return sum;
	}

	/** From sums per unit, as a database query groups them. */
	static MilkSum of(Map<MilkUnit, BigDecimal> byUnit) {
		return new MilkSum(byUnit.getOrDefault(MilkUnit.OZ, BigDecimal.ZERO),
				byUnit.getOrDefault(MilkUnit.ML, BigDecimal.ZERO));
	}

	MilkSum plus(MilkVolume volume) {
		return (volume.unit() == MilkUnit.OZ)
				? new MilkSum(this.enteredOunces.add(volume.amount()), this.enteredMillilitres)
				: new MilkSum(this.enteredOunces, this.enteredMillilitres.add(volume.amount()));
	}

	BigDecimal ounces() {
		return this.enteredOunces
			.add(this.enteredMillilitres.divide(MilkVolume.ML_PER_OUNCE, 10, RoundingMode.HALF_EVEN));
	}

	BigDecimal millilitres() {
		return this.enteredMillilitres.add(this.enteredOunces.multiply(MilkVolume.ML_PER_OUNCE));
	}

	boolean isZero() {
		return this.enteredOunces.signum() == 0 && this.enteredMillilitres.signum() == 0;
	}

}
