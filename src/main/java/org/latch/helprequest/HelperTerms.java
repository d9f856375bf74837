package org.latch.helprequest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A Leader's terms for taking help requests: accepting any now, answering online
 * requests, how far (km) they reach, how many a month, the days they take them, and the
 * last day of an absence.
 */
record HelperTerms(boolean accepting, boolean takesOnline, int reachKm, int monthlyCap, Set<DayOfWeek> weekdays,
		@Nullable LocalDate awayUntil, ZoneId timeZone) {

	static final int MAX_REACH_KM = 200;

	static final int MAX_MONTHLY_CAP = 100;

	HelperTerms {
		weekdays = Set.copyOf(weekdays);
	}

}
