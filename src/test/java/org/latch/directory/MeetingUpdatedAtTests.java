package org.latch.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import org.latch.PersistenceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latch.directory.MeetingFixtures.secondTuesdayMonthly;

/**
 * A meeting remembers when it last changed, whatever changed, so HSDS clients asking for
 * what was modified after a date miss nothing.
 */
@PersistenceTest
class MeetingUpdatedAtTests {

	@Autowired
	MeetingRepository meetings;

	@Autowired
	TestEntityManager entities;

	@Test
	void aNewMeetingWasLastChangedWhenItWasCreated() {
		Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Meeting meeting = this.meetings.saveAndFlush(secondTuesdayMonthly().create(savedGroup()));
		this.entities.clear();

		Instant stored = this.meetings.findById(meeting.getId()).orElseThrow().updatedAt();
		assertThat(stored).isAfterOrEqualTo(before).isBeforeOrEqualTo(Instant.now());
	}

	@Test
	void cancellingADateOrAddingOneTouchesTheMeeting() throws InterruptedException {
		Meeting meeting = this.meetings.saveAndFlush(secondTuesdayMonthly().create(savedGroup()));
		this.entities.clear();
		Instant created = this.meetings.findById(meeting.getId()).orElseThrow().updatedAt();

		Thread.sleep(5);
		this.meetings.findById(meeting.getId()).orElseThrow().cancel(LocalDate.of(2026, 2, 10));
		this.entities.flush();
		this.entities.clear();
		Instant cancelled = this.meetings.findById(meeting.getId()).orElseThrow().updatedAt();

		Thread.sleep(5);
		this.meetings.findById(meeting.getId()).orElseThrow().addExtraDate(LocalDate.of(2026, 2, 24), LocalTime.NOON);
		this.entities.flush();
		this.entities.clear();
		Instant extra = this.meetings.findById(meeting.getId()).orElseThrow().updatedAt();

		assertThat(cancelled).isAfter(created);
		assertThat(extra).isAfter(cancelled);
	}

	private OrganizationUnit savedGroup() {
		return this.entities.persist(MeetingFixtures.unsavedGroup());
	}

}
