package org.latch.directory;

import java.util.UUID;

/** Identifies a group's recurring meeting. */
public record MeetingId(UUID value) {

	public static MeetingId random() {
		return new MeetingId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
