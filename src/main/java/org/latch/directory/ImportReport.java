package org.latch.directory;

import java.util.List;

/**
 * What an import found: the problems row by row (nothing is saved while there are any),
 * and how many groups or meetings it adds and updates.
 *
 * @param problems each with the spreadsheet row (the header is row 1), the column and a
 * message key
 */
record ImportReport(List<Problem> problems, int added, int updated, boolean saved) {

	record Problem(long row, String column, String key) {
	}

	boolean clean() {
		return this.problems.isEmpty();
	}

	static ImportReport refused(String key) {
		return new ImportReport(List.of(new Problem(1, "", key)), 0, 0, false);
	}

}
