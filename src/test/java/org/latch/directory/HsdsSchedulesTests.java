package org.latch.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting's RFC 5545 rule becomes the HSDS schedule fields that say the same thing, or
 * none at all when HSDS cannot say it: never a broader, wrong rule.
 */
class HsdsSchedulesTests {

	static final Instant WINTER = Instant.parse("2026-01-20T12:00:00Z");

	static final Instant SUMMER = Instant.parse("2026-07-20T12:00:00Z");

	@Test
	void aMonthlyNthWeekdayRuleKeepsItsParts() {
		HsdsScheduleView schedule = rule("FREQ=MONTHLY;BYDAY=-1FR", WINTER);
		assertThat(schedule.freq()).isEqualTo("MONTHLY");
		assertThat(schedule.byday()).isEqualTo("-1FR");
		assertThat(schedule.interval()).isEqualTo(1);
		assertThat(schedule.description()).startsWith("Every month on the last Friday, 10:00 to 11:30");
	}

	@Test
	void everyOtherWeekOnTwoDays() {
		HsdsScheduleView schedule = rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10", WINTER);
		assertThat(schedule.freq()).isEqualTo("WEEKLY");
		assertThat(schedule.interval()).isEqualTo(2);
		assertThat(schedule.count()).isEqualTo(10);
		assertThat(schedule.description()).startsWith("Every 2 weeks on Tuesday and Thursday, 10 times");
	}

	@Test
	void aDailyRuleIsEveryDayOfTheWeek() {
		HsdsScheduleView schedule = rule("FREQ=DAILY", WINTER);
		assertThat(schedule.freq()).isEqualTo("WEEKLY");
		assertThat(schedule.byday()).isEqualTo("MO,TU,WE,TH,FR,SA,SU");
	}

	@Test
	void whatHsdsCannotSayIsOnlyDescribedAndKeptInTheNotes() {
		for (String rule : List.of("FREQ=YEARLY;BYMONTH=5;BYDAY=2SU", "FREQ=DAILY;INTERVAL=3",
				"FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1")) {
			HsdsScheduleView schedule = rule(rule, WINTER);
			assertThat(schedule.freq()).as(rule).isNull();
			assertThat(schedule.byday()).as(rule).isNull();
			assertThat(schedule.notes()).as(rule).contains("RRULE:" + rule);
			assertThat(schedule.opensAt()).as(rule).isEqualTo("10:00-05:00");
		}
	}

	@Test
	void untilIsADateInTheMeetingsZone() {
		assertThat(rule("FREQ=WEEKLY;BYDAY=MO;UNTIL=20261231", WINTER).until()).isEqualTo("2026-12-31");
		assertThat(rule("FREQ=WEEKLY;BYDAY=MO;UNTIL=20270101T030000Z", WINTER).until()).isEqualTo("2026-12-31");
	}

	@Test
	void theOffsetIsTheNextMeetingsOneAndTheTimeZoneANumberOfHours() {
		assertThat(rule("FREQ=WEEKLY;BYDAY=MO", WINTER).opensAt()).isEqualTo("10:00-05:00");
		assertThat(rule("FREQ=WEEKLY;BYDAY=MO", WINTER).timezone()).isEqualByComparingTo("-5");
		assertThat(rule("FREQ=WEEKLY;BYDAY=MO", SUMMER).closesAt()).isEqualTo("11:30-04:00");
		assertThat(rule("FREQ=WEEKLY;BYDAY=MO", SUMMER).timezone()).isEqualByComparingTo("-4");
		HsdsScheduleView india = new HsdsSchedules(Clock.fixed(WINTER, ZoneOffset.UTC))
			.of(entry(meeting("FREQ=WEEKLY;BYDAY=MO", "Asia/Kolkata", List.of(), List.of())), false)
			.getFirst();
		assertThat(india.timezone()).isEqualByComparingTo("5.5");
		assertThat(india.opensAt()).isEqualTo("10:00+05:30");
	}

	@Test
	void upcomingExtraDatesAreSchedulesOfTheirOwnAndCancelledDatesAreNoted() {
		MeetingView meeting = meeting("FREQ=MONTHLY;BYDAY=2TU", "America/New_York",
				List.of(LocalDate.of(2026, 1, 13), LocalDate.of(2026, 2, 10)),
				List.of(LocalDateTime.of(2026, 1, 5, 18, 0), LocalDateTime.of(2026, 2, 17, 18, 0)));
		List<HsdsScheduleView> schedules = new HsdsSchedules(Clock.fixed(WINTER, ZoneOffset.UTC)).of(entry(meeting),
				true);
		assertThat(schedules).hasSize(2);
		assertThat(schedules.getFirst().notes()).contains("No meeting on 2026-02-10.").doesNotContain("2026-01-13");
		HsdsScheduleView extra = schedules.get(1);
		assertThat(extra.validFrom()).isEqualTo("2026-02-17");
		assertThat(extra.validTo()).isEqualTo("2026-02-17");
		assertThat(extra.freq()).isNull();
		assertThat(extra.opensAt()).isEqualTo("18:00-05:00");
		assertThat(extra.serviceAtLocationId()).isEqualTo(entry(meeting).serviceAtLocationId());
		assertThat(extra.id()).isNotEqualTo(schedules.getFirst().id());
	}

	private static HsdsScheduleView rule(String rule, Instant now) {
		return new HsdsSchedules(Clock.fixed(now, ZoneOffset.UTC))
			.of(entry(meeting(rule, "America/New_York", List.of(), List.of())), false)
			.getFirst();
	}

	private static MeetingView meeting(String rule, String zone, List<LocalDate> cancelled, List<LocalDateTime> extra) {
		UnitId group = new UnitId(UUID.randomUUID());
		return new MeetingView(new MeetingId(UUID.randomUUID()), group, null, rule, LocalDate.of(2026, 1, 1),
				LocalTime.of(10, 0), Duration.ofMinutes(90), ZoneId.of(zone), MeetingFormat.IN_PERSON, List.of("en"),
				Set.of(), Set.of(), cancelled, extra);
	}

	private static HsdsEntry entry(MeetingView meeting) {
		UnitView group = new UnitView(meeting.group(), null, UnitKind.GROUP, "g", "Group", "US", "Boston", false,
				List.of("en"), 3);
		return new HsdsEntry(meeting, WINTER,
				new HsdsUnit(group, "/" + group.id() + "/", "MA", 42.3, -71.0, UnitProfile.EMPTY, WINTER), null);
	}

}
