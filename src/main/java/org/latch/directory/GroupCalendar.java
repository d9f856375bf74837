package org.latch.directory;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Duration;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;

/**
 * A group's (or several groups') meetings as an RFC 5545 calendar: one VEVENT per meeting
 * with its RRULE from the first date, EXDATEs for cancelled dates, and one VEVENT per
 * extra date. Each time zone used gets a VTIMEZONE built from the JDK's rules
 * ({@link VTimeZones}).
 */
final class GroupCalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private final Calendar calendar = new Calendar();

	private final Set<ZoneId> zones = new LinkedHashSet<>();

	private final List<VEvent> events = new java.util.ArrayList<>();

	private final Instant stamp;

	/** VTIMEZONEs start the year before the earliest meeting. */
	private int fromYear = Integer.MAX_VALUE;

	/** One group's details the events repeat. */
	record Group(UnitView unit, UnitProfile profile, String url, String online) {
	}

	GroupCalendar(String name, Instant stamp) {
		this.stamp = stamp;
		this.calendar.add(new ProdId("-//Latch//Group meetings//EN"));
		this.calendar.add(ImmutableVersion.VERSION_2_0);
		this.calendar.add(ImmutableCalScale.GREGORIAN);
		this.calendar.add(new XProperty("X-WR-CALNAME", name));
	}

	void add(Group group, MeetingView meeting) {
		ZoneId zone = meeting.timeZone();
		Recurrence rule = Recurrence.parse(meeting.rrule());
		LocalDateTime seed = meeting.firstDate().atTime(meeting.startTime());
		// DTSTART is always an occurrence in RFC 5545, so it is the rule's first one.
		LocalDateTime first = rule.starts(seed, zone).findFirst().orElse(seed);
		this.zones.add(zone);
		this.fromYear = Math.min(this.fromYear, first.getYear() - 1);
		VEvent event = event(group, meeting, "meeting-" + meeting.id().value() + "@latch", first);
		event.add(new RRule<>(new Recur<>(withUtcUntil(meeting.rrule(), meeting.startTime(), zone))));
		if (!meeting.cancelledDates().isEmpty()) {
			List<LocalDateTime> cancelled = meeting.cancelledDates()
				.stream()
				.map(date -> date.atTime(meeting.startTime()))
				.toList();
			event.add(new ExDate<>(zoned(zone), new DateList<>(cancelled)));
		}
		this.events.add(event);
		for (LocalDateTime extra : meeting.extraDates()) {
			boolean alsoByRule = !meeting.cancelledDates().contains(extra.toLocalDate())
					&& rule.starts(seed, extra, extra, zone).findAny().isPresent();
			if (!alsoByRule) {
				this.fromYear = Math.min(this.fromYear, extra.getYear() - 1);
				this.events.add(event(group, meeting,
						"meeting-" + meeting.id().value() + "-" + LOCAL.format(extra) + "@latch", extra));
			}
		}
	}

	String write() {
		for (ZoneId zone : this.zones) {
			this.calendar.add(VTimeZones.of(zone, this.fromYear));
		}
		this.events.forEach(this.calendar::add);
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(this.calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private VEvent event(Group group, MeetingView meeting, String uid, LocalDateTime start) {
		VEvent event = new VEvent(false);
		event.add(new Uid(uid));
		event.add(new DtStamp(this.stamp));
		event.add(new DtStart<>(zoned(meeting.timeZone()), start));
		event.add(new Duration(meeting.duration()));
		String name = group.unit().name();
		event.add(new Summary(meeting.title() == null ? name : meeting.title() + " · " + name));
		event.add(new Location(location(group, meeting)));
		String description = group.profile()
			.description(meeting.languages().isEmpty() ? "en" : meeting.languages().getFirst(),
					group.unit().languages());
		event.add(new Description(
				Stream.of(description, group.url()).filter(s -> s != null).collect(Collectors.joining("\n\n"))));
		event.add(new Url(URI.create(group.url())));
		return event;
	}

	/**
	 * Times are written as wall-clock time with a TZID parameter, never as a
	 * {@code ZonedDateTime}: ical4j would convert those through its own zone definitions,
	 * and its America/Sao_Paulo still keeps daylight saving (19:00 became 20:00).
	 */
	private static ParameterList zoned(ZoneId zone) {
		return new ParameterList(List.of(new TzId(zone.getId())));
	}

	private static String location(Group group, MeetingView meeting) {
		if (group.unit().online() || meeting.format() == MeetingFormat.ONLINE) {
			return group.online();
		}
		UnitProfile profile = group.profile();
		String town = Stream.of(profile.postalCode(), group.unit().city())
			.filter(part -> part != null && !part.isBlank())
			.collect(Collectors.joining(" "));
		String place = Stream.of(group.unit().name(), profile.streetAddress(), town, group.unit().country())
			.filter(part -> part != null && !part.isBlank())
			.collect(Collectors.joining(", "));
		return meeting.format() == MeetingFormat.HYBRID ? place + " / " + group.online() : place;
	}

	/**
	 * RFC 5545 wants UNTIL in UTC when DTSTART has a TZID; Latch stores it as typed
	 * (date, local or UTC) and reads a date as "until the end of that day in the group's
	 * zone".
	 */
	static String withUtcUntil(String rrule, LocalTime startTime, ZoneId zone) {
		return Stream.of(rrule.split(";")).map(part -> {
			if (!part.startsWith("UNTIL=")) {
				return part;
			}
			String value = part.substring("UNTIL=".length());
			Instant until = until(value, zone);
			return until == null ? part : "UNTIL=" + UTC.format(until.atOffset(ZoneOffset.UTC));
		}).collect(Collectors.joining(";"));
	}

	private static @Nullable Instant until(String value, ZoneId zone) {
		if (value.matches("\\d{8}")) {
			return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE).atTime(23, 59, 59).atZone(zone).toInstant();
		}
		if (value.matches("\\d{8}T\\d{6}")) {
			return LocalDateTime.parse(value, LOCAL).atZone(zone).toInstant();
		}
		if (value.matches("\\d{8}T\\d{6}Z")) {
			return OffsetDateTime.of(LocalDateTime.parse(value.substring(0, 15), LOCAL), ZoneOffset.UTC).toInstant();
		}
		return null;
	}

}
