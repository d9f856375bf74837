package org.latch.helprequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of a Leader's recent entries: a contact (channel and topics) or a meeting held
 * (attendees), and whether it can still be undone.
 */
record LoggedEntry(UUID id, LocalDate date, @Nullable ContactChannel channel, List<Topic> topics, int attendees,
		boolean undoable, Instant recordedAt) {

	static LoggedEntry of(HelpContact contact, boolean undoable) {
		return new LoggedEntry(contact.getId(), contact.date(), contact.channel(),
				contact.topics().stream().sorted().toList(), 0, undoable, contact.recordedAt());
	}

	static LoggedEntry of(MeetingHeld meeting, boolean undoable) {
		return new LoggedEntry(meeting.getId(), meeting.date(), null, List.of(), meeting.attendees(), undoable,
				meeting.recordedAt());
	}

	boolean meeting() {
		return this.channel == null;
	}

}
