package org.latch.milkdonation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;

import org.latch.platform.Localizer;

/**
 * Amounts of milk as people read them, in both units and the reader's number format:
 * ounces to a tenth, millilitres whole, the unit it was entered in first.
 */
final class VolumeText {

	private VolumeText() {
	}

	static String of(MilkVolume volume, Localizer i18n) {
		return i18n.t("milk.volume." + volume.unit().name(), ounces(volume.ounces(), i18n),
				millilitres(volume.millilitres(), i18n));
	}

	static String of(MilkSum sum, Localizer i18n) {
		return i18n.t("milk.volume.OZ", ounces(sum.ounces(), i18n), millilitres(sum.millilitres(), i18n));
	}

	private static String ounces(BigDecimal ounces, Localizer i18n) {
		NumberFormat format = NumberFormat.getNumberInstance(i18n.locale());
		format.setMaximumFractionDigits(1);
		return format.format(ounces.setScale(1, RoundingMode.HALF_EVEN));
	}

	private static String millilitres(BigDecimal millilitres, Localizer i18n) {
		NumberFormat format = NumberFormat.getIntegerInstance(i18n.locale());
		return format.format(millilitres.setScale(0, RoundingMode.HALF_EVEN));
	}

}
