package org.latch.directory;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.latch.directory.MeetingFixtures.meeting;
import static org.latch.directory.MeetingFixtures.secondTuesdayMonthly;

/**
 * A meeting is refused with a field and a message key, never a crash, when its rule,
 * zone, length, languages or title are wrong.
 */
class MeetingValidationTests {

	@ParameterizedTest
	@ValueSource(strings = { "FREQ=SOMETIMES", "every second tuesday", "", "BYDAY=2TU", "FREQ=WEEKLY;BYDAY=XX",
			"FREQ=WEEKLY;INTERVAL=two", "FREQ=WEEKLY;INTERVAL=0", "FREQ=WEEKLY;COUNT=0",
			"FREQ=WEEKLY;COUNT=3;UNTIL=20261231", "FREQ=WEEKLY;FREQ=DAILY", "FREQ=MONTHLY;BYMONTHDAY=40",
			"FREQ=WEEKLY;UNTIL=2026-12-31", "FREQ=WEEKLY;X-NAME=1" })
	void aRuleThatDoesNotParseIsRefused(String rule) {
		assertRefused(meeting(rule).build(), "rrule", "validation.meeting.rrule");
	}

	@Test
	void aRuleTooLongToStoreIsRefused() {
		String everyDayOfTheYear = "FREQ=YEARLY;BYYEARDAY=" + java.util.stream.IntStream.rangeClosed(1, 200)
			.mapToObj(Integer::toString)
			.collect(java.util.stream.Collectors.joining(","));

		assertRefused(meeting(everyDayOfTheYear).build(), "rrule", "validation.meeting.rrule");
	}

	@ParameterizedTest
	@ValueSource(strings = { "FREQ=MINUTELY", "FREQ=SECONDLY", "FREQ=HOURLY;INTERVAL=24", "FREQ=DAILY;BYHOUR=10,14",
			"FREQ=WEEKLY;BYMINUTE=30" })
	void aRuleMoreFrequentThanDailyIsRefused(String rule) {
		assertRefused(meeting(rule).build(), "rrule", "validation.meeting.frequency");
	}

	@ParameterizedTest
	@ValueSource(strings = { "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=WEEKLY;UNTIL=20251231" })
	void aRuleThatNeverProducesAMeetingFromTheFirstDateIsRefused(String rule) {
		assertRefused(meeting(rule).build(), "rrule", "validation.meeting.never");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Mars/Olympus_Mons", "america/new_york", "+02:00", "UTC+3", "" })
	void aTimeZoneThatIsNotAnIanaZoneIsRefused(String zone) {
		assertRefused(secondTuesdayMonthly().in(zone).build(), "timeZone", "validation.meeting.zone");
	}

	@Test
	void aTwoMinuteMeetingIsRefused() {
		assertRefused(secondTuesdayMonthly().lasting(Duration.ofMinutes(2)).build(), "duration",
				"validation.meeting.duration");
	}

	@Test
	void aMeetingLongerThanEightHoursIsRefused() {
		assertRefused(secondTuesdayMonthly().lasting(Duration.ofHours(8).plusMinutes(1)).build(), "duration",
				"validation.meeting.duration");
	}

	@Test
	void fifteenMinutesAndEightHoursAreBothAccepted() {
		assertThat(secondTuesdayMonthly().lasting(Duration.ofMinutes(15)).create().view().duration())
			.isEqualTo(Duration.ofMinutes(15));
		assertThat(secondTuesdayMonthly().lasting(Duration.ofHours(8)).create().view().duration())
			.isEqualTo(Duration.ofHours(8));
	}

	@Test
	void anUnsupportedLanguageOrNoLanguageIsRefused() {
		assertRefused(secondTuesdayMonthly().speaking("en", "de").build(), "languages", "validation.meeting.language");
		assertRefused(secondTuesdayMonthly().speaking().build(), "languages", "validation.meeting.language");
	}

	@Test
	void languagesAreStoredInTheirCanonicalSpellingMainLanguageFirstWithoutRepeats() {
		assertThat(secondTuesdayMonthly().speaking("pt-br", "es", "pt_BR", "EN").create().view().languages())
			.containsExactly("pt-BR", "es", "en");
	}

	@Test
	void aTitleLongerThanTwoHundredCharactersIsRefusedAndABlankOneIsNone() {
		assertRefused(secondTuesdayMonthly().titled("x".repeat(201)).build(), "title", "validation.meeting.title");
		assertThat(secondTuesdayMonthly().titled("  ").create().view().title()).isNull();
	}

	@Test
	void aRulePastedInLowerCaseOrWithItsPropertyNameIsStoredInCanonicalForm() {
		assertThat(meeting("rrule:freq=monthly;byday=2tu").create().view().rrule()).isEqualTo("FREQ=MONTHLY;BYDAY=2TU");
		assertThat(meeting("FREQ=WEEKLY;UNTIL=20260630").from(LocalDate.of(2026, 1, 6)).create().view().rrule())
			.isEqualTo("FREQ=WEEKLY;UNTIL=20260630");
	}

	@ParameterizedTest
	@ValueSource(strings = { "FREQ=MONTHLY;BYDAY=2TU", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;WKST=SU",
			"FREQ=MONTHLY;BYDAY=TU,TH;BYSETPOS=-1", "FREQ=WEEKLY;UNTIL=20270101T150000Z",
			"FREQ=YEARLY;BYMONTH=5;BYDAY=2SU;COUNT=5" })
	void aStoredRuleReadsBackAsTheSameRule(String rule) {
		String stored = meeting(rule).create().view().rrule();

		assertThat(Recurrence.parse(stored).rule()).isEqualTo(stored);
	}

	private static void assertRefused(NewMeeting meeting, String field, String key) {
		assertThatThrownBy(() -> new Meeting(meeting, MeetingFixtures.unsavedGroup()))
			.isInstanceOfSatisfying(InvalidMeeting.class, refusal -> {
				assertThat(refusal.field()).isEqualTo(field);
				assertThat(refusal.key()).isEqualTo(key);
			});
	}

}
