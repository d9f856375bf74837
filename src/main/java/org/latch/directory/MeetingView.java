package org.latch.directory;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What other modules and pages may read about a meeting. {@code rrule} is the stored RFC
 * 5545 rule; describing it in words is left to (translated) pages.
 *
 * @param cancelledDates dates on which the rule's meeting does not take place, ascending
 * @param extraDates one-off local start times in the meeting's zone, ascending
 */
public record MeetingView(MeetingId id, UnitId group, @Nullable String title, String rrule, LocalDate firstDate,
		LocalTime startTime, Duration duration, ZoneId timeZone, MeetingFormat format, List<String> languages,
		Set<Audience> audiences, Set<Accessibility> accessibility, List<LocalDate> cancelledDates,
		List<LocalDateTime> extraDates) {

}
