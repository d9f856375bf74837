package org.latch.directory;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.latch.directory.MeetingFixtures.meeting;
import static org.latch.directory.MeetingFixtures.secondTuesdayMonthly;

/**
 * The calendar module with the directory: groups' meetings scheduled, changed and listed.
 */
@ApplicationModuleTest(extraIncludes = { "platform", "directory", "geo" })
@ActiveProfiles("test")
@Tag("persistence")
class MeetingIntegrationTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Autowired
	MeetingManagement calendar;

	@Autowired
	DirectoryManagement directory;

	@Test
	void aGroupsNextOccurrencesMergeAllItsMeetingsInOrder() {
		UnitId group = unit(UnitKind.GROUP);
		MeetingId monthly = this.calendar.schedule(secondTuesdayMonthly().forGroup(group).build());
		MeetingId thursdays = this.calendar.schedule(meeting("FREQ=WEEKLY;BYDAY=TH").forGroup(group)
			.titled("Thursday evening drop-in")
			.at(LocalTime.of(18, 0))
			.lasting(java.time.Duration.ofHours(1))
			.build());
		this.calendar.schedule(secondTuesdayMonthly().forGroup(unit(UnitKind.GROUP)).build());

		List<Occurrence> next = this.calendar.nextOccurrences(group,
				ZonedDateTime.of(2026, 1, 12, 0, 0, 0, 0, NEW_YORK), 3);

		assertThat(next).extracting(Occurrence::meeting).containsExactly(monthly, thursdays, thursdays);
		assertThat(next).extracting(o -> o.start().toLocalDateTime())
			.containsExactly(LocalDateTime.of(2026, 1, 13, 10, 0), LocalDateTime.of(2026, 1, 15, 18, 0),
					LocalDateTime.of(2026, 1, 22, 18, 0));
		assertThat(this.calendar.meetingsOf(group)).extracting(MeetingView::id).containsExactly(monthly, thursdays);
	}

	@Test
	void cancelledAndExtraDatesAreKeptAndShapeTheNextOccurrences() {
		UnitId group = unit(UnitKind.GROUP);
		MeetingId meeting = this.calendar.schedule(secondTuesdayMonthly().forGroup(group).build());

		this.calendar.cancel(meeting, LocalDate.of(2026, 2, 10));
		this.calendar.addExtraDate(meeting, LocalDate.of(2026, 2, 17), LocalTime.of(10, 0));

		assertThat(this.calendar.find(meeting)).get().satisfies(view -> {
			assertThat(view.cancelledDates()).containsExactly(LocalDate.of(2026, 2, 10));
			assertThat(view.extraDates()).containsExactly(LocalDateTime.of(2026, 2, 17, 10, 0));
			assertThat(view.rrule()).isEqualTo("FREQ=MONTHLY;BYDAY=2TU");
		});
		assertThat(this.calendar.nextOccurrences(group, ZonedDateTime.of(2026, 2, 1, 0, 0, 0, 0, NEW_YORK), 2))
			.extracting(o -> o.start().toLocalDate(), Occurrence::extra)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 17), true),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 10), false));
		assertThat(this.calendar.occurrences(group, ZonedDateTime.of(2026, 2, 1, 0, 0, 0, 0, NEW_YORK),
				ZonedDateTime.of(2026, 3, 1, 0, 0, 0, 0, NEW_YORK)))
			.hasSize(1);
	}

	@Test
	void aMeetingForAnUnknownUnitOrAUnitThatIsNotAGroupIsRefused() {
		assertThatThrownBy(() -> this.calendar.schedule(secondTuesdayMonthly().forGroup(UnitId.random()).build()))
			.isInstanceOf(UnitNotFound.class);
		assertThatThrownBy(() -> this.calendar.schedule(secondTuesdayMonthly().forGroup(unit(UnitKind.AREA)).build()))
			.isInstanceOfSatisfying(InvalidMeeting.class,
					e -> assertThat(e.key()).isEqualTo("validation.meeting.group"));
	}

	@Test
	void invalidInputIsRefusedWithItsKeyAndNothingIsStored() {
		UnitId group = unit(UnitKind.GROUP);

		assertThatThrownBy(() -> this.calendar.schedule(meeting("FREQ=MINUTELY").forGroup(group).build()))
			.isInstanceOfSatisfying(InvalidMeeting.class,
					e -> assertThat(e.key()).isEqualTo("validation.meeting.frequency"));
		assertThat(this.calendar.meetingsOf(group)).isEmpty();
	}

	@Test
	void changingAnUnknownMeetingIsAMeetingNotFound() {
		assertThatThrownBy(() -> this.calendar.cancel(MeetingId.random(), LocalDate.of(2026, 2, 10)))
			.isInstanceOf(MeetingNotFound.class);
		assertThatThrownBy(
				() -> this.calendar.addExtraDate(MeetingId.random(), LocalDate.of(2026, 2, 10), LocalTime.NOON))
			.isInstanceOf(MeetingNotFound.class);
		assertThat(this.calendar.find(MeetingId.random())).isEmpty();
	}

	private UnitId unit(UnitKind kind) {
		String slug = kind.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.directory
			.add(new NewUnit(null, kind, slug, slug, "US", null, null, null, null, false, List.of("en", "es")));
	}

}
