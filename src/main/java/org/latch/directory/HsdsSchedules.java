package org.latch.directory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Turns a meeting's RFC 5545 rule into HSDS schedules: one for the rule, one per upcoming
 * extra date. HSDS knows only WEEKLY and MONTHLY with a few BY parts; a rule it cannot
 * express (DAILY every other day, YEARLY, BYSETPOS...) keeps only its description and the
 * full rule in {@code notes}, never a simplified and therefore wrong recurrence.
 */
final class HsdsSchedules {

	/** Rule parts HSDS has fields for. */
	private static final Set<String> EXPRESSIBLE = Set.of("FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYWEEKNO",
			"BYYEARDAY", "COUNT", "UNTIL", "WKST");

	private static final String[] ORDINALS = { "", "first", "second", "third", "fourth", "fifth" };

	private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

	private final Clock clock;

	HsdsSchedules(Clock clock) {
		this.clock = clock;
	}

	/**
	 * The meeting's schedules, linked to its service and, for a service at a location, to
	 * the location and that link too.
	 */
	List<HsdsScheduleView> of(HsdsEntry entry, boolean atLocation) {
		MeetingView meeting = entry.meeting();
		UUID service = entry.serviceId();
		UUID location = atLocation ? entry.locationId() : null;
		UUID link = atLocation ? entry.serviceAtLocationId() : null;
		ZonedDateTime now = ZonedDateTime.now(this.clock).withZoneSameInstant(meeting.timeZone());
		List<HsdsScheduleView> schedules = new ArrayList<>();
		schedules.add(rule(meeting, service, location, link, now));
		for (LocalDateTime extra : meeting.extraDates()) {
			if (!extra.toLocalDate().isBefore(now.toLocalDate())) {
				schedules.add(extra(meeting, extra, service, location, link));
			}
		}
		return schedules;
	}

	private HsdsScheduleView rule(MeetingView meeting, UUID service, @Nullable UUID location, @Nullable UUID link,
			ZonedDateTime now) {
		Map<String, String> parts = parts(meeting.rrule());
		boolean expressible = EXPRESSIBLE.containsAll(parts.keySet()) && frequency(parts) != null;
		LocalDateTime next = meeting.firstDate().atTime(meeting.startTime());
		if (next.isBefore(now.toLocalDateTime())) {
			next = now.toLocalDate().atTime(meeting.startTime());
		}
		ZoneOffset offset = meeting.timeZone().getRules().getOffset(next);
		List<String> notes = new ArrayList<>();
		notes.add("Times are wall-clock times in " + meeting.timeZone().getId()
				+ "; the UTC offset shown is the one of the next meeting and changes with daylight-saving time.");
		notes.add("RFC 5545 rule: RRULE:" + meeting.rrule() + " from " + meeting.firstDate() + ".");
		List<String> cancelled = meeting.cancelledDates()
			.stream()
			.filter(date -> !date.isBefore(now.toLocalDate()))
			.map(LocalDate::toString)
			.toList();
		if (!cancelled.isEmpty()) {
			notes.add("No meeting on " + String.join(", ", cancelled) + ".");
		}
		String description = (expressible ? describe(parts) : "Repeats by the rule in the notes") + times(meeting)
				+ ".";
		return new HsdsScheduleView(HsdsEntry.id("schedule", meeting.id().value(), link), service, location, link, null,
				null, meeting.firstDate().toString(), hours(offset), expressible ? until(parts, meeting) : null,
				expressible ? integer(parts.get("COUNT")) : null, expressible ? parts.get("WKST") : null,
				expressible ? frequency(parts) : null, expressible ? interval(parts) : null,
				expressible ? byday(parts) : null, expressible ? parts.get("BYWEEKNO") : null,
				expressible ? parts.get("BYMONTHDAY") : null, expressible ? parts.get("BYYEARDAY") : null, description,
				opens(meeting, offset), closes(meeting, offset), attending(meeting.format()), String.join(" ", notes));
	}

	private HsdsScheduleView extra(MeetingView meeting, LocalDateTime start, UUID service, @Nullable UUID location,
			@Nullable UUID link) {
		ZoneOffset offset = meeting.timeZone().getRules().getOffset(start);
		MeetingView atThatTime = new MeetingView(meeting.id(), meeting.group(), meeting.title(), meeting.rrule(),
				start.toLocalDate(), start.toLocalTime(), meeting.duration(), meeting.timeZone(), meeting.format(),
				meeting.languages(), meeting.audiences(), meeting.accessibility(), List.of(), List.of());
		String date = start.toLocalDate().toString();
		return new HsdsScheduleView(HsdsEntry.id("schedule", meeting.id().value(), link, start), service, location,
				link, date, date, date, hours(offset), null, 1, null, null, null, null, null, null, null,
				"One-off meeting on " + date + times(atThatTime) + ".", opens(atThatTime, offset),
				closes(atThatTime, offset), attending(meeting.format()),
				"Times are wall-clock times in " + meeting.timeZone().getId() + ".");
	}

	/**
	 * FREQ as HSDS allows it: WEEKLY or MONTHLY; a plain DAILY rule is every day of the
	 * week.
	 */
	private static @Nullable String frequency(Map<String, String> parts) {
		String freq = parts.get("FREQ");
		if ("DAILY".equals(freq) && interval(parts) == 1 && !parts.containsKey("BYDAY")
				&& !parts.containsKey("BYMONTHDAY")) {
			return "WEEKLY";
		}
		return ("WEEKLY".equals(freq) || "MONTHLY".equals(freq)) ? freq : null;
	}

	private static @Nullable String byday(Map<String, String> parts) {
		return "DAILY".equals(parts.get("FREQ")) ? "MO,TU,WE,TH,FR,SA,SU" : parts.get("BYDAY");
	}

	private static int interval(Map<String, String> parts) {
		Integer interval = integer(parts.get("INTERVAL"));
		return (interval == null) ? 1 : interval;
	}

	private static @Nullable String until(Map<String, String> parts, MeetingView meeting) {
		String until = parts.get("UNTIL");
		if (until == null) {
			return null;
		}
		try {
			if (until.length() == 8) {
				return LocalDate.parse(until, DateTimeFormatter.BASIC_ISO_DATE).toString();
			}
			LocalDateTime local = LocalDateTime.parse(until.replace("Z", ""),
					DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
			return (until.endsWith("Z")
					? local.atOffset(ZoneOffset.UTC).atZoneSameInstant(meeting.timeZone()).toLocalDate()
					: local.toLocalDate())
				.toString();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String describe(Map<String, String> parts) {
		String freq = frequency(parts);
		int interval = interval(parts);
		String byday = byday(parts);
		StringBuilder text = new StringBuilder();
		if ("WEEKLY".equals(freq)) {
			text.append(interval == 1 ? "Every week" : "Every " + interval + " weeks");
			if (byday != null) {
				text.append(" on ").append(days(byday));
			}
		}
		else {
			text.append(interval == 1 ? "Every month" : "Every " + interval + " months");
			if (byday != null) {
				text.append(byday.matches(".*\\d.*") ? " on the " : " on every ").append(days(byday));
			}
			else if (parts.containsKey("BYMONTHDAY")) {
				text.append(" on day ").append(parts.get("BYMONTHDAY").replace(",", ", "));
			}
		}
		if (parts.containsKey("COUNT")) {
			text.append(", ").append(parts.get("COUNT")).append(" times");
		}
		return text.toString();
	}

	/** "2TU,-1FR" as "second Tuesday and last Friday". */
	private static String days(String byday) {
		List<String> days = new ArrayList<>();
		for (String day : byday.split(",")) {
			String code = day.substring(Math.max(0, day.length() - 2));
			String number = day.substring(0, day.length() - code.length());
			String name = dayName(code);
			if (number.isEmpty() || number.equals("+0")) {
				days.add(name);
			}
			else {
				int n = Integer.parseInt(number.replace("+", ""));
				String ordinal = (n == -1) ? "last" : (n > 0 && n < ORDINALS.length) ? ORDINALS[n] : "number " + n;
				days.add(ordinal + " " + name);
			}
		}
		return (days.size() == 1) ? days.getFirst()
				: String.join(", ", days.subList(0, days.size() - 1)) + " and " + days.getLast();
	}

	private static String dayName(String code) {
		return switch (code) {
			case "MO" -> "Monday";
			case "TU" -> "Tuesday";
			case "WE" -> "Wednesday";
			case "TH" -> "Thursday";
			case "FR" -> "Friday";
			case "SA" -> "Saturday";
			default -> "Sunday";
		};
	}

	private static String times(MeetingView meeting) {
		LocalTime end = meeting.startTime().plus(meeting.duration());
		return ", " + meeting.startTime().format(HOURS) + " to " + end.format(HOURS) + " (" + meeting.timeZone().getId()
				+ " time)";
	}

	private static String opens(MeetingView meeting, ZoneOffset offset) {
		return meeting.startTime().format(HOURS) + offset(offset);
	}

	private static String closes(MeetingView meeting, ZoneOffset offset) {
		return meeting.startTime().plus(meeting.duration()).format(HOURS) + offset(offset);
	}

	private static String offset(ZoneOffset offset) {
		return offset.getTotalSeconds() == 0 ? "Z" : offset.getId();
	}

	private static BigDecimal hours(ZoneOffset offset) {
		return BigDecimal.valueOf(offset.getTotalSeconds())
			.divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP)
			.stripTrailingZeros();
	}

	private static String attending(MeetingFormat format) {
		return switch (format) {
			case IN_PERSON -> "In person, at the group's meeting place.";
			case ONLINE -> "Online.";
			case HYBRID -> "In person at the group's meeting place, or online.";
		};
	}

	private static @Nullable Integer integer(@Nullable String value) {
		try {
			return (value == null) ? null : Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Map<String, String> parts(String rule) {
		Map<String, String> parts = new LinkedHashMap<>();
		for (String part : rule.toUpperCase(Locale.ROOT).split(";")) {
			int equals = part.indexOf('=');
			if (equals > 0) {
				parts.put(part.substring(0, equals), part.substring(equals + 1));
			}
		}
		return parts;
	}

}
