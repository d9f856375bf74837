package org.latch.directory;

/** Raised when a meeting id does not name any meeting; pages turn it into a 404. */
public class MeetingNotFound extends RuntimeException {

	public MeetingNotFound(MeetingId id) {
		super("No meeting " + id);
	}

}
