package org.latch.directory;

import java.util.Locale;

/**
 * A milk bank screens donors and processes donor milk; a depot collects it for a bank.
 */
public enum MilkPlaceKind {

	MILK_BANK, MILK_DEPOT;

	/** The key of the kind's name as families read it: "Milk bank" or "Milk depot". */
	public String messageKey() {
		return "find.milk." + name().toLowerCase(Locale.ROOT);
	}

}
