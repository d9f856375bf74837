package org.latch.directory;

/**
 * A milk bank screens donors and processes donor milk; a depot collects it for a bank.
 */
public enum MilkPlaceKind {

	MILK_BANK, MILK_DEPOT

}
