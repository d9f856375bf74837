package org.latch.directory;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.latch.platform.FormErrors;

/**
 * Checks every field of a meeting form or CSV row, then the meeting as a whole with the
 * rules the calendar itself applies ({@link InvalidMeeting} keys), without saving
 * anything.
 */
final class MeetingChecks {

	/** Errors by field, or the meeting to save when there are none. */
	record Checked(FormErrors errors, @Nullable NewMeeting meeting) {
	}

	private MeetingChecks() {
	}

	static Checked check(MeetingForm form, UnitId group) {
		FormErrors errors = FormErrors.none();
		String rule = form.rule();
		String ruleField = form.pattern().equals("CUSTOM") ? "rrule" : "pattern";
		if (rule == null || rule.isBlank()) {
			errors.reject(ruleField,
					form.pattern().endsWith("WEEKLY") ? "manage.validation.days" : "validation.meeting.rrule");
		}
		LocalDate firstDate = date(errors, form.firstDate());
		LocalTime startTime = time(errors, form.startTime());
		Duration duration = minutes(errors, form.duration());
		MeetingFormat format = one(errors, "format", MeetingFormat.class, form.format());
		Set<Audience> audiences = all(errors, "audiences", Audience.class, form.audiences());
		Set<Accessibility> accessibility = all(errors, "accessibility", Accessibility.class, form.accessibility());
		if (errors.any()) {
			return new Checked(errors, null);
		}
		NewMeeting meeting = new NewMeeting(group, form.title(), rule, firstDate, startTime, duration,
				form.timeZone().strip(), format, form.languages(), audiences, accessibility);
		try {
			// a throwaway group: only the meeting's own rules are checked here
			new Meeting(meeting, new OrganizationUnit());
			return new Checked(errors, meeting);
		}
		catch (InvalidMeeting invalid) {
			String field = invalid.field().equals("rrule") ? ruleField : invalid.field();
			return new Checked(errors.reject(field, invalid.key()), null);
		}
	}

	static @Nullable LocalDate date(FormErrors errors, String text) {
		try {
			LocalDate date = LocalDate.parse(text.strip());
			if (date.getYear() >= 2000 && date.getYear() <= 2200) {
				return date;
			}
		}
		catch (DateTimeParseException invalid) {
			// explained below
		}
		errors.reject("firstDate", "manage.validation.date");
		return null;
	}

	static @Nullable LocalTime time(FormErrors errors, String text) {
		try {
			return LocalTime.parse(text.strip());
		}
		catch (DateTimeParseException invalid) {
			errors.reject("startTime", "manage.validation.time");
			return null;
		}
	}

	private static @Nullable Duration minutes(FormErrors errors, String text) {
		try {
			return Duration.ofMinutes(Integer.parseInt(text.strip()));
		}
		catch (NumberFormatException invalid) {
			errors.reject("duration", "validation.meeting.duration");
			return null;
		}
	}

	private static <E extends Enum<E>> @Nullable E one(FormErrors errors, String field, Class<E> type, String name) {
		try {
			return Enum.valueOf(type, name.strip());
		}
		catch (IllegalArgumentException invalid) {
			errors.reject(field, "validation.invalid");
			return null;
		}
	}

	private static <E extends Enum<E>> Set<E> all(FormErrors errors, String field, Class<E> type, List<String> names) {
		Set<E> values = EnumSet.noneOf(type);
		for (String name : names) {
			E value = one(errors, field, type, name);
			if (value != null) {
				values.add(value);
			}
		}
		return values;
	}

}
