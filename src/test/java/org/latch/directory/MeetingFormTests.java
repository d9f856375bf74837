package org.latch.directory;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingFormTests {

	@Test
	void schedulesChosenInWordsBecomeRules() {
		assertThat(form("WEEKLY", List.of("TH", "MO"), "1", "TU").rule()).isEqualTo("FREQ=WEEKLY;BYDAY=MO,TH");
		assertThat(form("BIWEEKLY", List.of("SA"), "1", "TU").rule()).isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=SA");
		assertThat(form("MONTHLY", List.of(), "-1", "FR").rule()).isEqualTo("FREQ=MONTHLY;BYDAY=-1FR");
		assertThat(form("WEEKLY", List.of(), "1", "TU").rule()).isNull();
		assertThat(form("WEEKLY", List.of("XX"), "1", "TU").rule()).isNull();
		assertThat(form("MONTHLY", List.of(), "9", "TU").rule()).isNull();
	}

	@Test
	void savedRulesOfASimpleShapeAreShownInWordsAndOthersAsTheRule() {
		assertThat(MeetingForm.of(view("FREQ=MONTHLY;BYDAY=2TU"))).satisfies(f -> {
			assertThat(f.pattern()).isEqualTo("MONTHLY");
			assertThat(f.nth()).isEqualTo("2");
			assertThat(f.weekday()).isEqualTo("TU");
		});
		assertThat(MeetingForm.of(view("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE")).pattern()).isEqualTo("BIWEEKLY");
		assertThat(MeetingForm.of(view("FREQ=MONTHLY;BYMONTHDAY=15")).pattern()).isEqualTo("CUSTOM");
		assertThat(MeetingForm.of(view("FREQ=WEEKLY;BYDAY=TU;COUNT=5")).pattern()).isEqualTo("CUSTOM");
	}

	private static MeetingForm form(String pattern, List<String> days, String nth, String weekday) {
		return new MeetingForm("", pattern, days, nth, weekday, "", "2027-01-01", "10:00", "60", "UTC", "ONLINE",
				List.of("en"), List.of(), List.of());
	}

	private static MeetingView view(String rrule) {
		return new MeetingView(MeetingId.random(), UnitId.random(), null, rrule, LocalDate.of(2027, 1, 1),
				LocalTime.of(10, 0), Duration.ofMinutes(60), ZoneId.of("UTC"), MeetingFormat.ONLINE, List.of("en"),
				Set.of(), Set.of(), List.of(), List.of());
	}

}
