package org.latch.directory;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import org.latch.PersistenceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latch.directory.MeetingFixtures.meeting;
import static org.latch.directory.MeetingFixtures.secondTuesdayMonthly;

@PersistenceTest
class MeetingRepositoryTests {

	@Autowired
	MeetingRepository meetings;

	@Autowired
	TestEntityManager entities;

	@Test
	void aMeetingComesBackWithEveryFieldAndCollection() {
		Meeting meeting = secondTuesdayMonthly().titled("Reunião mensal — amamentação")
			.in("America/Sao_Paulo")
			.speaking("pt-BR", "es", "en")
			.create(savedGroup());
		meeting.cancel(LocalDate.of(2026, 2, 10));
		meeting.cancel(LocalDate.of(2026, 7, 14));
		meeting.addExtraDate(LocalDate.of(2026, 2, 24), LocalTime.of(18, 30));
		meeting.addExtraDate(LocalDate.of(2026, 2, 24), LocalTime.of(9, 0));
		// a wall-clock time that does not exist in New York, where servers may run
		meeting.addExtraDate(LocalDate.of(2026, 3, 8), LocalTime.of(2, 30));
		MeetingView before = meeting.view();

		this.meetings.saveAndFlush(meeting);
		this.entities.clear();
		MeetingView after = this.meetings.findById(meeting.getId()).orElseThrow().view();

		assertThat(after).isEqualTo(before);
		assertThat(after.title()).isEqualTo("Reunião mensal — amamentação");
		assertThat(after.timeZone()).isEqualTo(ZoneId.of("America/Sao_Paulo"));
		assertThat(after.duration()).isEqualTo(Duration.ofMinutes(90));
		assertThat(after.languages()).containsExactly("pt-BR", "es", "en");
		assertThat(after.audiences()).containsExactly(Audience.NEWBORN, Audience.PARTNERS_WELCOME);
		assertThat(after.accessibility()).containsExactly(Accessibility.STEP_FREE, Accessibility.TRANSIT);
		assertThat(after.cancelledDates()).containsExactly(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 7, 14));
		assertThat(after.extraDates()).containsExactly(LocalDateTime.of(2026, 2, 24, 9, 0),
				LocalDateTime.of(2026, 2, 24, 18, 30), LocalDateTime.of(2026, 3, 8, 2, 30));
	}

	@Test
	void changesToAStoredMeetingsDatesAreKept() {
		Meeting meeting = this.meetings.saveAndFlush(secondTuesdayMonthly().create(savedGroup()));
		this.entities.clear();

		Meeting stored = this.meetings.findById(meeting.getId()).orElseThrow();
		stored.addExtraDate(LocalDate.of(2026, 3, 24), LocalTime.of(10, 0));
		stored.addExtraDate(LocalDate.of(2026, 4, 28), LocalTime.of(10, 0));
		stored.cancel(LocalDate.of(2026, 3, 10));
		this.entities.flush();
		this.entities.clear();
		Meeting again = this.meetings.findById(meeting.getId()).orElseThrow();
		again.cancel(LocalDate.of(2026, 4, 28));
		this.entities.flush();
		this.entities.clear();

		MeetingView view = this.meetings.findById(meeting.getId()).orElseThrow().view();
		assertThat(view.cancelledDates()).containsExactly(LocalDate.of(2026, 3, 10));
		assertThat(view.extraDates()).containsExactly(LocalDateTime.of(2026, 3, 24, 10, 0));
	}

	@Test
	void aGroupsMeetingsAreFoundOldestFirstAndNoOtherGroups() throws InterruptedException {
		OrganizationUnit group = savedGroup();
		Meeting first = this.meetings.saveAndFlush(meeting("FREQ=WEEKLY").create(group));
		Thread.sleep(5);
		Meeting second = this.meetings.saveAndFlush(secondTuesdayMonthly().create(group));
		this.meetings.saveAndFlush(secondTuesdayMonthly().create(savedGroup()));
		this.entities.clear();

		assertThat(this.meetings.findByGroupIdOrderByCreatedAtAscIdAsc(group.id())).extracting(Meeting::getId)
			.containsExactly(first.getId(), second.getId());
		assertThat(this.meetings.findByGroupIdOrderByCreatedAtAscIdAsc(UUID.randomUUID())).isEmpty();
	}

	@Test
	void aMeetingWithoutTitleAudiencesOrAccessibilityIsStoredAsSuch() {
		NewMeeting bare = secondTuesdayMonthly().titled("").build();
		Meeting meeting = new Meeting(
				new NewMeeting(bare.group(), null, bare.rrule(), bare.firstDate(), bare.startTime(), bare.duration(),
						bare.timeZone(), MeetingFormat.ONLINE, bare.languages(), Set.of(), Set.of()),
				savedGroup());
		this.meetings.saveAndFlush(meeting);
		this.entities.clear();

		MeetingView view = this.meetings.findById(meeting.getId()).orElseThrow().view();
		assertThat(view.title()).isNull();
		assertThat(view.format()).isEqualTo(MeetingFormat.ONLINE);
		assertThat(view.audiences()).isEmpty();
		assertThat(view.accessibility()).isEmpty();
	}

	private OrganizationUnit savedGroup() {
		return this.entities.persist(MeetingFixtures.unsavedGroup());
	}

}
