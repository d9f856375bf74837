package org.latch.directory;

import java.util.Comparator;
import java.util.List;

/**
 * What an import found: the problems row by row (nothing is saved while there are any),
 * how many rows were read, and how many groups or meetings it adds and updates.
 *
 * @param problems each with the spreadsheet row (the header is row 1), the column, a
 * message key and the start of the cell as found; sorted by row
 */
record ImportReport(List<Problem> problems, int rows, int added, int updated, boolean saved) {

	/** How many problems the page lists; a file with more is mostly wrong anyway. */
	static final int SHOWN = 200;

	private static final int EXCERPT = 60;

	ImportReport {
		problems = problems.stream().sorted(Comparator.comparingLong(Problem::row)).toList();
	}

	/**
	 * One problem of one row.
	 *
	 * @param value the cell as found, shortened to what identifies it on screen
	 */
	record Problem(long row, String column, String key, String value) {

		Problem(long row, String column, String key) {
			this(row, column, key, "");
		}

		Problem {
			value = value.strip();
			if (value.length() > EXCERPT) {
				value = value.substring(0, EXCERPT - 1).strip() + "…";
			}
		}

	}

	boolean clean() {
		return this.problems.isEmpty();
	}

	/** The problems the page lists. */
	List<Problem> shown() {
		return this.problems.subList(0, Math.min(SHOWN, this.problems.size()));
	}

	/** How many rows have at least one problem. */
	long rowsWithProblems() {
		return this.problems.stream().mapToLong(Problem::row).distinct().count();
	}

	static ImportReport refused(String key) {
		return new ImportReport(List.of(new Problem(1, "", key)), 0, 0, 0, false);
	}

}
