package org.latch.milkdonation;

import java.math.BigDecimal;

/**
 * Milk pledged and milk given, exact, in US fluid ounces and in millilitres (1 US fl oz =
 * 29.5735 mL). Pledged counts every donor's pledge but those the bank found not eligible;
 * confirmed counts donations the milk bank confirmed.
 */
public record MilkTotals(BigDecimal ouncesPledged, BigDecimal ouncesConfirmed, BigDecimal millilitresPledged,
		BigDecimal millilitresConfirmed) {

	static MilkTotals of(MilkSum pledged, MilkSum confirmed) {
		return new MilkTotals(pledged.ounces(), confirmed.ounces(), pledged.millilitres(), confirmed.millilitres());
	}

}
