package org.latch.directory;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 5545 recurrence rule, checked and expanded with ical4j in wall-clock time: a
 * 10:00 meeting stays at 10:00 when the clocks change, and the caller places each start
 * in the meeting's zone.
 *
 * <p>
 * UNTIL is applied here rather than by ical4j, which cannot compare a UTC or date-only
 * UNTIL with wall-clock starts (and treats a date-only UNTIL as exclusive).
 */
final class Recurrence {

	static final String RRULE = "validation.meeting.rrule";

	static final String FREQUENCY = "validation.meeting.frequency";

	/** ical4j finds no date after this; also the end of "no end". */
	private static final LocalDateTime END_OF_TIME = LocalDate.of(9999, 12, 31).atStartOfDay();

	private static final Set<Frequency> TOO_FREQUENT = Set.of(Frequency.SECONDLY, Frequency.MINUTELY, Frequency.HOURLY);

	/** Parts that would set times of day: the meeting's start time does that. */
	private static final Set<String> TIME_OF_DAY_PARTS = Set.of("BYHOUR", "BYMINUTE", "BYSECOND");

	private static final int MAX_INTERVAL = 1000;

	/** The length of the database column. */
	private static final int MAX_LENGTH = 500;

	private final String rule;

	private final Recur<LocalDateTime> expander;

	private final @Nullable Temporal until;

	private Recurrence(String rule, Recur<LocalDateTime> expander, @Nullable Temporal until) {
		this.rule = rule;
		this.expander = expander;
		this.until = until;
	}

	/**
	 * Parses a rule as typed or pasted ({@code RRULE:} prefix and lower case accepted).
	 * @throws InvalidMeeting when it does not parse ({@value #RRULE}) or would repeat
	 * more than once a day ({@value #FREQUENCY})
	 */
	static Recurrence parse(@Nullable String text) {
		String body = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
		body = body.startsWith("RRULE:") ? body.substring("RRULE:".length()) : body;
		Map<String, String> parts = new LinkedHashMap<>();
		for (String part : body.split(";")) {
			int equals = part.indexOf('=');
			if (!part.isEmpty() && (equals <= 0 || parts.putIfAbsent(part.substring(0, equals), part) != null)) {
				throw invalid(RRULE, text, "malformed or repeated part " + part);
			}
		}
		Recur<Temporal> parsed;
		try {
			parsed = new Recur<>(body);
		}
		catch (RuntimeException failure) {
			throw invalid(RRULE, text, failure.getMessage());
		}
		if (TOO_FREQUENT.contains(parsed.getFrequency())
				|| parts.keySet().stream().anyMatch(TIME_OF_DAY_PARTS::contains)) {
			throw invalid(FREQUENCY, text, "more often than daily");
		}
		if (parts.containsKey("COUNT") && parts.containsKey("UNTIL")) {
			throw invalid(RRULE, text, "COUNT and UNTIL together");
		}
		if (parts.containsKey("INTERVAL") && (parsed.getInterval() < 1 || parsed.getInterval() > MAX_INTERVAL)
				|| parts.containsKey("COUNT") && parsed.getCount() < 1) {
			throw invalid(RRULE, text, "INTERVAL or COUNT out of range");
		}
		String withoutUntil = parts.entrySet()
			.stream()
			.filter(part -> !part.getKey().equals("UNTIL"))
			.map(Map.Entry::getValue)
			.collect(Collectors.joining(";"));
		Temporal until = parsed.getUntil();
		if (until != null && !(until instanceof LocalDate || until instanceof LocalDateTime
				|| until instanceof OffsetDateTime || until instanceof ZonedDateTime)) {
			throw invalid(RRULE, text, "UNTIL of unexpected type " + until.getClass());
		}
		if (parsed.toString().length() > MAX_LENGTH) {
			throw invalid(RRULE, text, "longer than " + MAX_LENGTH);
		}
		return new Recurrence(parsed.toString(), new Recur<>(withoutUntil), until);
	}

	private static InvalidMeeting invalid(String key, @Nullable String text, @Nullable String detail) {
		return new InvalidMeeting("rrule", key, text + ": " + detail);
	}

	/** The rule in canonical form, as stored. */
	String rule() {
		return this.rule;
	}

	/**
	 * Wall-clock starts of the series beginning at {@code seed}, from {@code notBefore}
	 * to {@code notAfter} inclusive, ascending; lazy, so an endless rule may be limited
	 * by the caller.
	 */
	Stream<LocalDateTime> starts(LocalDateTime seed, LocalDateTime notBefore, LocalDateTime notAfter, ZoneId zone) {
		LocalDateTime last = lastStart(zone);
		LocalDateTime end = last != null && last.isBefore(notAfter) ? last : notAfter;
		if (end.isBefore(notBefore)) {
			return Stream.empty();
		}
		return this.expander.getDatesAsStream(seed, notBefore, end, -1).filter(start -> !start.isAfter(end));
	}

	/** Every start from {@code seed} on, lazily. */
	Stream<LocalDateTime> starts(LocalDateTime seed, ZoneId zone) {
		return starts(seed, seed, END_OF_TIME, zone);
	}

	Stream<LocalDateTime> startsFrom(LocalDateTime seed, LocalDateTime notBefore, ZoneId zone) {
		return starts(seed, notBefore, END_OF_TIME, zone);
	}

	/**
	 * UNTIL as the last allowed wall-clock start in {@code zone}; inclusive, per RFC
	 * 5545.
	 */
	private @Nullable LocalDateTime lastStart(ZoneId zone) {
		return switch (this.until) {
			case null -> null;
			case LocalDate date -> date.atTime(LocalTime.MAX);
			case LocalDateTime local -> local;
			case OffsetDateTime utc -> utc.atZoneSameInstant(zone).toLocalDateTime();
			case ZonedDateTime zoned -> zoned.withZoneSameInstant(zone).toLocalDateTime();
			default -> throw new IllegalStateException("UNTIL of unexpected type " + this.until.getClass());
		};
	}

}
