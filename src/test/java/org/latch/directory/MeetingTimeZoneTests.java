package org.latch.directory;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latch.directory.MeetingFixtures.meeting;
import static org.latch.directory.MeetingFixtures.secondTuesdayMonthly;

/**
 * Meetings keep their wall-clock time in the group's zone when the clocks change, and
 * visitors elsewhere see the real instant.
 */
class MeetingTimeZoneTests {

	@Test
	void aTenOClockMeetingInNewYorkStaysAtTenWhenClocksGoForwardInMarch() {
		// 2026-03-08: clocks go forward in the United States
		List<Occurrence> sundays = meeting("FREQ=WEEKLY;BYDAY=SU").from(LocalDate.of(2026, 3, 1))
			.create()
			.next(zoned(2026, 3, 1, "America/New_York"), 2);

		assertThat(sundays).extracting(o -> o.start().toLocalTime()).containsOnly(LocalTime.of(10, 0));
		assertThat(sundays).extracting(o -> o.start().getOffset())
			.containsExactly(ZoneOffset.ofHours(-5), ZoneOffset.ofHours(-4));
		assertThat(sundays).extracting(o -> o.end().toLocalTime()).containsOnly(LocalTime.of(11, 30));
	}

	@Test
	void aTenOClockMeetingInNewYorkStaysAtTenWhenClocksGoBackInNovember() {
		// 2026-11-01: clocks go back in the United States
		List<Occurrence> sundays = meeting("FREQ=WEEKLY;BYDAY=SU").from(LocalDate.of(2026, 10, 25))
			.create()
			.next(zoned(2026, 10, 25, "America/New_York"), 2);

		assertThat(sundays).extracting(o -> o.start().toLocalDateTime())
			.containsExactly(LocalDateTime.of(2026, 10, 25, 10, 0), LocalDateTime.of(2026, 11, 1, 10, 0));
		assertThat(sundays).extracting(o -> o.start().getOffset())
			.containsExactly(ZoneOffset.ofHours(-4), ZoneOffset.ofHours(-5));
	}

	@Test
	void aMonthlyMeetingKeepsItsLocalTimeOnBothSidesOfBothChanges() {
		List<Occurrence> year = secondTuesdayMonthly().create()
			.between(zoned(2026, 1, 1, "America/New_York"), zoned(2027, 1, 1, "America/New_York"));

		assertThat(year).hasSize(12).extracting(o -> o.start().toLocalTime()).containsOnly(LocalTime.of(10, 0));
		assertThat(year.get(1).start().getOffset()).isEqualTo(ZoneOffset.ofHours(-5)); // February
		assertThat(year.get(2).start().getOffset()).isEqualTo(ZoneOffset.ofHours(-4)); // March
		assertThat(year.get(9).start().getOffset()).isEqualTo(ZoneOffset.ofHours(-4)); // October
		assertThat(year.get(10).start().getOffset()).isEqualTo(ZoneOffset.ofHours(-5)); // November
	}

	@Test
	void saoPauloHasNoDaylightSavingSoEveryMeetingIsThreeHoursBehindUtc() {
		List<Occurrence> saturdays = meeting("FREQ=WEEKLY;BYDAY=SA").in("America/Sao_Paulo")
			.at(LocalTime.of(9, 0))
			.speaking("pt-BR")
			.create()
			.between(zoned(2026, 1, 1, "America/Sao_Paulo"), zoned(2027, 1, 1, "America/Sao_Paulo"));

		assertThat(saturdays).hasSize(52);
		assertThat(saturdays).extracting(o -> o.start().getOffset()).containsOnly(ZoneOffset.ofHours(-3));
		assertThat(saturdays).extracting(o -> o.start().toLocalTime()).containsOnly(LocalTime.of(9, 0));
	}

	@Test
	void aParisMeetingStaysAtTenAcrossTheEuropeanChanges() {
		// 2026-03-29 forward, 2026-10-25 back
		Meeting sundays = meeting("FREQ=WEEKLY;BYDAY=SU").in("Europe/Paris").speaking("fr").create();

		List<Occurrence> spring = sundays.next(zoned(2026, 3, 22, "Europe/Paris"), 2);
		List<Occurrence> autumn = sundays.next(zoned(2026, 10, 18, "Europe/Paris"), 2);

		assertThat(spring).extracting(o -> o.start().toLocalDateTime())
			.containsExactly(LocalDateTime.of(2026, 3, 22, 10, 0), LocalDateTime.of(2026, 3, 29, 10, 0));
		assertThat(spring).extracting(o -> o.start().getOffset())
			.containsExactly(ZoneOffset.ofHours(1), ZoneOffset.ofHours(2));
		assertThat(autumn).extracting(o -> o.start().getOffset())
			.containsExactly(ZoneOffset.ofHours(2), ZoneOffset.ofHours(1));
	}

	@Test
	void aVisitorInParisSeesTheNewYorkMeetingAnHourEarlierWhileOnlyAmericaHasChangedClocks() {
		List<Occurrence> next = secondTuesdayMonthly().create().next(zoned(2026, 2, 1, "America/New_York"), 3);

		assertThat(next).map(o -> o.seenFrom(ZoneId.of("Europe/Paris")))
			.extracting(o -> o.start().toLocalDateTime())
			.containsExactly(LocalDateTime.of(2026, 2, 10, 16, 0), LocalDateTime.of(2026, 3, 10, 15, 0),
					LocalDateTime.of(2026, 4, 14, 16, 0));
	}

	@Test
	void aStartTimeThatDoesNotExistOnTheDayClocksGoForwardMovesAnHourLaterThatDayOnly() {
		List<Occurrence> nights = meeting("FREQ=DAILY").from(LocalDate.of(2026, 3, 7))
			.at(LocalTime.of(2, 30))
			.create()
			.next(zoned(2026, 3, 7, "America/New_York"), 3);

		assertThat(nights).extracting(o -> o.start().toLocalDateTime())
			.containsExactly(LocalDateTime.of(2026, 3, 7, 2, 30), LocalDateTime.of(2026, 3, 8, 3, 30),
					LocalDateTime.of(2026, 3, 9, 2, 30));
	}

	private static ZonedDateTime zoned(int year, int month, int day, String zone) {
		return ZonedDateTime.of(year, month, day, 0, 0, 0, 0, ZoneId.of(zone));
	}

}
