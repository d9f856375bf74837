package org.latch.helprequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A meeting a Leader held for their group, and how many came: a number, never who. */
@Entity
@Table(name = "help_meeting_held")
class MeetingHeld extends ContactLogEntry {

	private LocalDate meetingDate;

	private int attendees;

	protected MeetingHeld() {
		this.meetingDate = LocalDate.EPOCH;
	}

	MeetingHeld(UUID leaderId, CountedIn place, LocalDate date, int attendees, Instant now) {
		super(leaderId, place, now);
		Objects.requireNonNull(place.groupId(), "a meeting is held by a group");
		this.meetingDate = date;
		this.attendees = attendees;
	}

	LocalDate date() {
		return this.meetingDate;
	}

	int attendees() {
		return this.attendees;
	}

}
