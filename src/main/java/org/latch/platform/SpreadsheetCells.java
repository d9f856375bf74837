package org.latch.platform;

import org.jspecify.annotations.Nullable;

/**
 * Cells of the CSV files Latch hands out: a text cell a spreadsheet would run as a
 * formula (starting with =, +, -, @, a tab or a carriage return) gets a leading
 * apostrophe, so opening an export never runs what someone typed into a form.
 */
public final class SpreadsheetCells {

	/** The first characters that make a spreadsheet read a cell as a formula. */
	public static final String FORMULA_STARTS = "=+-@\t\r";

	private SpreadsheetCells() {
	}

	/** The cell, with an apostrophe in front when it would run as a formula. */
	public static String protect(@Nullable String cell) {
		if (cell == null || cell.isEmpty()) {
			return "";
		}
		return (FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) ? "'" + cell : cell;
	}

}
