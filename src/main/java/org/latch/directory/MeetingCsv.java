package org.latch.directory;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The columns of the meetings file and how a row maps to a {@link MeetingForm} (the rule
 * as RFC 5545 text); form fields map back to columns for the import report.
 */
final class MeetingCsv {

	static final List<String> HEADER = List.of("id", "group", "title", "rrule", "first_date", "start_time",
			"duration_minutes", "time_zone", "format", "languages", "audiences", "accessibility", "cancelled_dates",
			"extra_dates");

	private static final Map<String, String> COLUMN_OF_FIELD = Map.of("firstDate", "first_date", "startTime",
			"start_time", "duration", "duration_minutes", "timeZone", "time_zone", "pattern", "rrule");

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private MeetingCsv() {
	}

	static List<String> row(MeetingView meeting, String groupSlug) {
		MeetingForm form = MeetingForm.of(meeting);
		return List.of(meeting.id().value().toString(), groupSlug, form.title(), meeting.rrule(), form.firstDate(),
				form.startTime(), form.duration(), form.timeZone(), form.format(), String.join(" ", form.languages()),
				String.join(" ", form.audiences()), String.join(" ", form.accessibility()),
				meeting.cancelledDates().stream().map(Object::toString).collect(Collectors.joining(" ")),
				meeting.extraDates().stream().map(MINUTES::format).collect(Collectors.joining(" ")));
	}

	static MeetingForm form(Map<String, String> cells) {
		return new MeetingForm(cells.get("title"), "CUSTOM", List.of(), "", "", cells.get("rrule"),
				cells.get("first_date"), cells.get("start_time"), cells.get("duration_minutes"), cells.get("time_zone"),
				cells.get("format"), words(cells.get("languages")), words(cells.get("audiences")),
				words(cells.get("accessibility")));
	}

	static List<String> words(String cell) {
		return cell.isBlank() ? List.of() : List.of(cell.strip().split("[\\s,]+"));
	}

	static LocalDateTime extraDate(String text) {
		return LocalDateTime.parse(text);
	}

	static String column(String field) {
		return COLUMN_OF_FIELD.getOrDefault(field, field);
	}

}
