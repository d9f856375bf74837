package org.latch.directory;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import static org.latch.platform.FormParameters.all;
import static org.latch.platform.FormParameters.one;

/**
 * A meeting as typed into the form, values still text. The schedule is chosen in words
 * (weekly on some days, every two weeks, monthly on the nth weekday) and turned into an
 * RFC 5545 rule; any other rule can be typed as {@code CUSTOM}.
 */
record MeetingForm(String title, String pattern, List<String> days, String nth, String weekday, String rrule,
		String firstDate, String startTime, String duration, String timeZone, String format, List<String> languages,
		List<String> audiences, List<String> accessibility) {

	static final List<String> PATTERNS = List.of("WEEKLY", "BIWEEKLY", "MONTHLY", "CUSTOM");

	static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

	static final List<String> NTHS = List.of("1", "2", "3", "4", "-1");

	private static final Set<String> SIMPLE_PARTS = Set.of("FREQ", "INTERVAL", "BYDAY", "WKST");

	static MeetingForm empty(String language, String zone) {
		return new MeetingForm("", "MONTHLY", List.of(), "1", "TU", "", "", "10:00", "90", zone,
				MeetingFormat.IN_PERSON.name(), List.of(language), List.of(), List.of());
	}

	static MeetingForm from(Map<String, String[]> parameters) {
		return new MeetingForm(one(parameters, "title"), one(parameters, "pattern"), all(parameters, "days"),
				one(parameters, "nth"), one(parameters, "weekday"), one(parameters, "rrule"),
				one(parameters, "firstDate"), one(parameters, "startTime"), one(parameters, "duration"),
				one(parameters, "timeZone"), one(parameters, "format"), all(parameters, "languages"),
				all(parameters, "audiences"), all(parameters, "accessibility"));
	}

	/** The form showing a saved meeting, its rule in words when it has a simple shape. */
	static MeetingForm of(MeetingView meeting) {
		Map<String, String> parts = new LinkedHashMap<>();
		for (String part : meeting.rrule().split(";")) {
			String[] pair = part.split("=", 2);
			parts.put(pair[0], pair.length > 1 ? pair[1] : "");
		}
		String interval = parts.getOrDefault("INTERVAL", "1");
		List<String> days = Arrays.asList(parts.getOrDefault("BYDAY", "").split(","));
		boolean simple = SIMPLE_PARTS.containsAll(parts.keySet());
		String pattern = "CUSTOM";
		String nth = "1";
		String weekday = "TU";
		if (simple && "WEEKLY".equals(parts.get("FREQ")) && DAYS.containsAll(days)
				&& (interval.equals("1") || interval.equals("2"))) {
			pattern = interval.equals("1") ? "WEEKLY" : "BIWEEKLY";
		}
		else if (simple && "MONTHLY".equals(parts.get("FREQ")) && interval.equals("1") && days.size() == 1
				&& days.get(0).length() >= 3) {
			String day = days.get(0);
			String number = day.substring(0, day.length() - 2).replace("+", "");
			if (NTHS.contains(number) && DAYS.contains(day.substring(day.length() - 2))) {
				pattern = "MONTHLY";
				nth = number;
				weekday = day.substring(day.length() - 2);
			}
		}
		return new MeetingForm(Objects.requireNonNullElse(meeting.title(), ""), pattern,
				pattern.endsWith("WEEKLY") ? days : List.of(), nth, weekday, meeting.rrule(),
				meeting.firstDate().toString(), meeting.startTime().format(DateTimeFormatter.ofPattern("HH:mm")),
				Long.toString(meeting.duration().toMinutes()), meeting.timeZone().getId(), meeting.format().name(),
				meeting.languages(), meeting.audiences().stream().map(Enum::name).toList(),
				meeting.accessibility().stream().map(Enum::name).toList());
	}

	/** The RFC 5545 rule the words describe, or null when they are incomplete. */
	@Nullable String rule() {
		List<String> chosen = DAYS.stream().filter(this.days::contains).toList();
		return switch (this.pattern) {
			case "WEEKLY" -> chosen.isEmpty() || chosen.size() != this.days.size() ? null
					: "FREQ=WEEKLY;BYDAY=" + String.join(",", chosen);
			case "BIWEEKLY" -> chosen.isEmpty() || chosen.size() != this.days.size() ? null
					: "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + String.join(",", chosen);
			case "MONTHLY" -> NTHS.contains(this.nth) && DAYS.contains(this.weekday)
					? "FREQ=MONTHLY;BYDAY=" + this.nth + this.weekday : null;
			case "CUSTOM" -> this.rrule.strip().toUpperCase(Locale.ROOT);
			default -> null;
		};
	}

	boolean has(List<String> values, String value) {
		return values.contains(value);
	}

}
