package org.latch.helprequest;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/**
 * The months an activity report covers: one month ({@code 2026-11}) or a whole year
 * ({@code 2026}), which is the sum of its months.
 */
record ReportPeriod(YearMonth first, int months) {

	private static final int EARLIEST_YEAR = 2000;

	private static final int LATEST_YEAR = 2999;

	static ReportPeriod month(YearMonth month) {
		return new ReportPeriod(month, 1);
	}

	static ReportPeriod year(int year) {
		return new ReportPeriod(Year.of(year).atMonth(1), 12);
	}

	/** {@code 2026-11} or {@code 2026}; empty for anything else. */
	static Optional<ReportPeriod> parse(@Nullable String text) {
		String value = (text == null) ? "" : text.strip();
		if (value.matches("[0-9]{4}")) {
			int year = Integer.parseInt(value);
			return inRange(year) ? Optional.of(year(year)) : Optional.empty();
		}
		if (value.matches("[0-9]{4}-(0[1-9]|1[0-2])")) {
			YearMonth month = YearMonth.parse(value);
			return inRange(month.getYear()) ? Optional.of(month(month)) : Optional.empty();
		}
		return Optional.empty();
	}

	LocalDate from() {
		return this.first.atDay(1);
	}

	/** The first day after the period. */
	LocalDate until() {
		return this.first.plusMonths(this.months).atDay(1);
	}

	List<YearMonth> monthsCovered() {
		return IntStream.range(0, this.months).mapToObj(this.first::plusMonths).toList();
	}

	/** As written in the address: {@code 2026-11} or {@code 2026}. */
	String text() {
		return (this.months == 1) ? this.first.toString() : String.valueOf(this.first.getYear());
	}

	private static boolean inRange(int year) {
		return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
	}

}
