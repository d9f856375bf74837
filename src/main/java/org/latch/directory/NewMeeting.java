package org.latch.directory;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A recurring meeting to schedule for a group.
 *
 * @param group the organization unit (of kind GROUP) holding the meeting
 * @param title optional; pages show a generic name when it is missing
 * @param rrule an RFC 5545 recurrence rule such as {@code FREQ=MONTHLY;BYDAY=2TU}, at
 * most daily; the time of day comes from {@code startTime}
 * @param firstDate the series starts on this date (included only when the rule produces
 * it)
 * @param startTime wall-clock time in {@code timeZone}, kept across daylight-saving
 * changes
 * @param timeZone the group's IANA time zone, e.g. {@code America/New_York}
 * @param languages BCP 47 tags of supported languages ({@code en}, {@code es},
 * {@code pt-BR}, {@code fr}, {@code ht}), main language first
 */
public record NewMeeting(UnitId group, @Nullable String title, String rrule, LocalDate firstDate, LocalTime startTime,
		Duration duration, String timeZone, MeetingFormat format, List<String> languages, Set<Audience> audiences,
		Set<Accessibility> accessibility) {

}
