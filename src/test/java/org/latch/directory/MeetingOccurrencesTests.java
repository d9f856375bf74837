package org.latch.directory;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.latch.directory.MeetingFixtures.meeting;
import static org.latch.directory.MeetingFixtures.secondTuesdayMonthly;

/**
 * Expanding a meeting's rule into dated occurrences, with cancellations and extra dates.
 */
class MeetingOccurrencesTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final ZonedDateTime NEW_YEAR = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, NEW_YORK);

	@Test
	void aMonthlySecondTuesdayMeetingFallsOnTheSecondTuesdayOfEachMonth() {
		List<Occurrence> next = secondTuesdayMonthly().create().next(NEW_YEAR, 4);

		assertThat(next).extracting(o -> o.start().toLocalDateTime())
			.containsExactly(LocalDateTime.of(2026, 1, 13, 10, 0), LocalDateTime.of(2026, 2, 10, 10, 0),
					LocalDateTime.of(2026, 3, 10, 10, 0), LocalDateTime.of(2026, 4, 14, 10, 0));
		assertThat(next.get(0).end().toLocalTime()).isEqualTo(LocalTime.of(11, 30));
		assertThat(next).allSatisfy(o -> assertThat(o.extra()).isFalse());
	}

	@Test
	void aWeeklyMeetingRepeatsOnTheWeekdayOfItsFirstDate() {
		Meeting thursdays = meeting("FREQ=WEEKLY").from(LocalDate.of(2026, 1, 8)).create();

		assertThat(starts(thursdays.next(NEW_YEAR, 3))).containsExactly(LocalDate.of(2026, 1, 8),
				LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 22));
	}

	@Test
	void aFirstDateTheRuleDoesNotProduceIsNoMeetingAndNothingComesBeforeIt() {
		Meeting meeting = secondTuesdayMonthly().from(LocalDate.of(2026, 3, 1)).create();

		assertThat(starts(meeting.next(NEW_YEAR, 1))).containsExactly(LocalDate.of(2026, 3, 10));
	}

	@Test
	void countAndUntilEndTheSeriesWithUntilIncluded() {
		LocalDate tuesday = LocalDate.of(2026, 2, 3);
		assertThat(starts(meeting("FREQ=WEEKLY;COUNT=3").from(tuesday).create().next(NEW_YEAR, 10)))
			.containsExactly(tuesday, tuesday.plusWeeks(1), tuesday.plusWeeks(2));
		assertThat(starts(meeting("FREQ=WEEKLY;UNTIL=20260224").from(tuesday).create().next(NEW_YEAR, 10)))
			.containsExactly(tuesday, tuesday.plusWeeks(1), tuesday.plusWeeks(2), tuesday.plusWeeks(3));
		// 15:00 UTC is 10:00 in New York that day
		assertThat(starts(meeting("FREQ=WEEKLY;UNTIL=20260217T150000Z").from(tuesday).create().next(NEW_YEAR, 10)))
			.containsExactly(tuesday, tuesday.plusWeeks(1), tuesday.plusWeeks(2));
	}

	@Test
	void aCancelledDateIsSkipped() {
		Meeting meeting = secondTuesdayMonthly().create();
		meeting.cancel(LocalDate.of(2026, 2, 10));

		assertThat(starts(meeting.next(NEW_YEAR, 3))).containsExactly(LocalDate.of(2026, 1, 13),
				LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 14));
		assertThat(meeting.view().cancelledDates()).containsExactly(LocalDate.of(2026, 2, 10));
	}

	@Test
	void cancellingADayWithoutAMeetingIsRefusedWithAMessageKey() {
		Meeting meeting = secondTuesdayMonthly().create();

		assertThatThrownBy(() -> meeting.cancel(LocalDate.of(2026, 2, 11))).isInstanceOfSatisfying(InvalidMeeting.class,
				e -> assertThat(e.key()).isEqualTo("validation.meeting.cancel"));
	}

	@Test
	void anExtraDateTakesItsPlaceInOrderAndIsMarkedExtra() {
		Meeting meeting = secondTuesdayMonthly().create();
		meeting.addExtraDate(LocalDate.of(2026, 2, 24), LocalTime.of(18, 0));

		List<Occurrence> next = meeting.next(NEW_YEAR, 4);

		assertThat(starts(next)).containsExactly(LocalDate.of(2026, 1, 13), LocalDate.of(2026, 2, 10),
				LocalDate.of(2026, 2, 24), LocalDate.of(2026, 3, 10));
		assertThat(next.get(2).extra()).isTrue();
		assertThat(next.get(2).start().toLocalTime()).isEqualTo(LocalTime.of(18, 0));
		assertThat(next.get(2).end().toLocalTime()).isEqualTo(LocalTime.of(19, 30));
	}

	@Test
	void aMeetingMovedWithinItsDayIsCancelledAndAddedAgainAtTheNewTime() {
		Meeting meeting = secondTuesdayMonthly().create();
		meeting.cancel(LocalDate.of(2026, 2, 10));
		meeting.addExtraDate(LocalDate.of(2026, 2, 10), LocalTime.of(14, 0));

		assertThat(meeting.next(NEW_YEAR.plusMonths(1), 1)).singleElement()
			.satisfies(o -> assertThat(o.start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 2, 10, 14, 0)));
	}

	@Test
	void cancellingADayAlsoCancelsTheExtraDatesOfThatDay() {
		Meeting meeting = secondTuesdayMonthly().create();
		meeting.addExtraDate(LocalDate.of(2026, 2, 24), LocalTime.of(18, 0));
		meeting.cancel(LocalDate.of(2026, 2, 24));

		assertThat(starts(meeting.next(NEW_YEAR.plusMonths(1), 2))).containsExactly(LocalDate.of(2026, 2, 10),
				LocalDate.of(2026, 3, 10));
		assertThat(meeting.view().cancelledDates()).isEmpty();
	}

	@Test
	void anExtraDateAtTheTimeOfARegularMeetingIsListedOnce() {
		Meeting meeting = secondTuesdayMonthly().create();
		meeting.addExtraDate(LocalDate.of(2026, 1, 13), LocalTime.of(10, 0));

		assertThat(starts(meeting.next(NEW_YEAR, 2))).containsExactly(LocalDate.of(2026, 1, 13),
				LocalDate.of(2026, 2, 10));
	}

	@Test
	void theLimitCapsTheListAndZeroGivesNothing() {
		Meeting daily = meeting("FREQ=DAILY").create();

		assertThat(daily.next(NEW_YEAR, 7)).hasSize(7);
		assertThat(daily.next(NEW_YEAR, 0)).isEmpty();
	}

	@Test
	void aMeetingUnderWayIsStillListedButOneThatEndedIsNot() {
		Meeting meeting = secondTuesdayMonthly().create();

		assertThat(starts(meeting.next(ZonedDateTime.of(2026, 1, 13, 11, 0, 0, 0, NEW_YORK), 1)))
			.containsExactly(LocalDate.of(2026, 1, 13));
		assertThat(starts(meeting.next(ZonedDateTime.of(2026, 1, 13, 11, 30, 0, 0, NEW_YORK), 1)))
			.containsExactly(LocalDate.of(2026, 2, 10));
	}

	@Test
	void betweenListsTheOccurrencesOverlappingTheRange() {
		Meeting meeting = secondTuesdayMonthly().create();
		meeting.addExtraDate(LocalDate.of(2026, 6, 1), LocalTime.of(9, 0));

		assertThat(starts(meeting.between(NEW_YEAR.plusMonths(1), NEW_YEAR.plusMonths(3))))
			.containsExactly(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10));
		assertThat(starts(meeting.between(NEW_YEAR.plusMonths(5), NEW_YEAR.plusMonths(6))))
			.containsExactly(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 9));
		assertThat(meeting.between(NEW_YEAR.plusMonths(3), NEW_YEAR.plusMonths(1))).isEmpty();
	}

	@Test
	void occurrencesAreInTheGroupsZoneWhateverTheZoneAskedFrom() {
		Meeting meeting = secondTuesdayMonthly().create();

		Occurrence first = meeting.next(NEW_YEAR.withZoneSameInstant(ZoneId.of("Asia/Tokyo")), 1).get(0);

		assertThat(first.start()).isEqualTo(ZonedDateTime.of(2026, 1, 13, 10, 0, 0, 0, NEW_YORK));
	}

	@Test
	void aMeetingStartedLongAgoStillExpandsQuickly() {
		Meeting weekly = meeting("FREQ=WEEKLY").from(LocalDate.of(1990, 1, 2)).create();

		assertThat(weekly.next(NEW_YEAR, 2)).extracting(o -> o.start().toLocalDate())
			.containsExactly(LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 13));
	}

	static List<LocalDate> starts(List<Occurrence> occurrences) {
		return occurrences.stream().map(o -> o.start().toLocalDate()).toList();
	}

}
