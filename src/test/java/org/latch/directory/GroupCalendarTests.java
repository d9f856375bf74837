package org.latch.directory;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.latch.LatchWebTest;
import org.latch.RealHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The iCalendar feeds a parent downloads or subscribes to: valid RFC 5545, a VTIMEZONE
 * for every TZID, and the same meetings the group page lists.
 */
@LatchWebTest
class GroupCalendarTests {

	private static final Pattern TZID = Pattern.compile(";TZID=([^:;]+)[:;]");

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	MeetingManagement meetings;

	@LocalServerPort
	int port;

	GroupFixtures network;

	@BeforeEach
	void network() {
		this.network = new GroupFixtures(this.directory, this.meetings);
	}

	@Test
	void aGroupFeedIsValidICalendarWhoseRulesExpandToTheMeetingsThePageLists() throws Exception {
		List<ZonedDateTime> upcoming = this.meetings.nextOccurrences(this.network.boston, ZonedDateTime.now(), 3)
			.stream()
			.map(Occurrence::start)
			.toList();
		this.meetings.cancel(this.network.monthly, upcoming.get(1).toLocalDate());
		LocalDate extra = upcoming.get(2).toLocalDate().minusDays(2);
		this.meetings.addExtraDate(this.network.monthly, extra, LocalTime.of(18, 0));

		MvcResult result = this.mvc.perform(get("/calendar/groups/" + this.network.bostonSlug() + ".ics"))
			.andExpect(status().isOk())
			.andReturn();

		assertThat(result.getResponse().getContentType()).isEqualTo("text/calendar;charset=UTF-8");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.contains("filename=\"" + this.network.bostonSlug() + ".ics\"");
		assertThat(result.getResponse().getHeader("ETag")).startsWith("W/\"");
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("max-age=3600");
		String body = result.getResponse().getContentAsString();
		Calendar calendar = parseAndValidate(body);
		assertThat(body).contains("RRULE:FREQ=MONTHLY;BYDAY=2TU", "DTSTART;TZID=America/New_York:20260113T100000",
				"BEGIN:VTIMEZONE\r\nTZID:America/New_York", "DURATION:PT1H30M",
				"SUMMARY:Back Bay Circle " + this.network.tag,
				"URL:http://localhost:8080/groups/" + this.network.bostonSlug(), "EXDATE;TZID=America/New_York:");

		ZonedDateTime from = ZonedDateTime.now();
		ZonedDateTime to = from.plusMonths(8);
		Set<Instant> expected = new TreeSet<>();
		this.meetings.occurrences(this.network.boston, from, to).forEach(o -> expected.add(o.start().toInstant()));
		expected.removeIf(start -> start.isBefore(from.toInstant()));
		assertThat(expected).hasSizeGreaterThan(5)
			.doesNotContain(upcoming.get(1).toInstant())
			.contains(extra.atTime(18, 0).atZone(ZoneId.of("America/New_York")).toInstant());
		assertThat(expand(calendar, from, to)).isEqualTo(expected);
	}

	@Test
	void anAreaFeedHoldsEveryGroupBelowTheAreaWithAVTimeZoneForEachZone() throws Exception {
		UnitId chicago = this.directory
			.add(new NewUnit(this.network.area, UnitKind.GROUP, "chicago-" + this.network.tag,
					"Lakeside " + this.network.tag, "US", "IL", "Chicago", null, null, false, List.of("en")));
		this.meetings.schedule(new NewMeeting(chicago, null, "FREQ=MONTHLY;BYDAY=1TH;UNTIL=20270630",
				LocalDate.of(2026, 1, 1), LocalTime.of(18, 30), java.time.Duration.ofMinutes(90), "America/Chicago",
				MeetingFormat.IN_PERSON, List.of("en"), Set.of(), Set.of()));

		String body = RealHttp.get(this.port, "/calendar/areas/" + this.network.areaSlug() + ".ics").body();

		Calendar calendar = parseAndValidate(body);
		assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(3);
		assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).extracting(zone -> zone.getTimeZoneId().getValue())
			.containsExactlyInAnyOrder("America/New_York", "America/Sao_Paulo", "America/Chicago");
		assertThat(body).contains("SUMMARY:Roda da noite · Roda On-line " + this.network.tag)
			.contains("DTSTART;TZID=America/Sao_Paulo:20260103T190000")
			.contains("RRULE:FREQ=MONTHLY;UNTIL=20270701T045959Z;BYDAY=1TH");
		ZonedDateTime from = ZonedDateTime.now();
		ZonedDateTime to = ZonedDateTime.of(2027, 12, 31, 0, 0, 0, 0, ZoneId.of("UTC"));
		Set<Instant> expected = new TreeSet<>();
		for (UnitId group : List.of(this.network.boston, this.network.online, chicago)) {
			this.meetings.occurrences(group, from, to).forEach(o -> expected.add(o.start().toInstant()));
		}
		expected.removeIf(start -> start.isBefore(from.toInstant()));
		assertThat(expand(calendar, from, to)).isEqualTo(expected);
	}

	@Test
	void anUnchangedFeedAnswersNotModified() throws Exception {
		String path = "/calendar/groups/" + this.network.onlineSlug() + ".ics";
		String etag = RealHttp.get(this.port, path).headers().firstValue("ETag").orElseThrow();

		assertThat(RealHttp.get(this.port, path, "If-None-Match", etag).statusCode()).isEqualTo(304);
		this.meetings.cancel(this.network.weekly,
				this.meetings.nextOccurrences(this.network.online, ZonedDateTime.now(), 1)
					.getFirst()
					.start()
					.toLocalDate());
		assertThat(RealHttp.get(this.port, path, "If-None-Match", etag).statusCode()).isEqualTo(200);
	}

	@Test
	void unknownFeedsAre404() {
		for (String path : List.of("/calendar/groups/nothing-" + this.network.tag + ".ics",
				"/calendar/groups/" + this.network.areaSlug() + ".ics",
				"/calendar/areas/" + this.network.bostonSlug() + ".ics")) {
			assertThat(RealHttp.get(this.port, path).statusCode()).as(path).isEqualTo(404);
		}
	}

	/** Parses a feed, fails on any validation error and on a TZID without VTIMEZONE. */
	private static Calendar parseAndValidate(String body) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(body));
		ValidationResult validation = calendar.validate(true);
		assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
		Set<String> defined = new TreeSet<>();
		calendar.<VTimeZone>getComponents("VTIMEZONE").forEach(zone -> defined.add(zone.getTimeZoneId().getValue()));
		Matcher used = TZID.matcher(body);
		Set<String> referenced = new TreeSet<>();
		while (used.find()) {
			referenced.add(used.group(1));
		}
		assertThat(referenced).isNotEmpty();
		assertThat(defined).containsAll(referenced);
		return calendar;
	}

	/** Every start of every event in {@code [from, to)}, as ical4j expands the rules. */
	private static Set<Instant> expand(Calendar calendar, ZonedDateTime from, ZonedDateTime to) {
		Set<Instant> starts = new TreeSet<>();
		for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
			Set<Period<Temporal>> periods = event.calculateRecurrenceSet(new Period<>(from, to));
			periods.forEach(period -> starts.add(Instant.from(period.getStart())));
		}
		starts.removeIf(start -> start.isBefore(from.toInstant()) || !start.isBefore(to.toInstant()));
		return starts;
	}

}
