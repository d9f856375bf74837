package org.latch.directory;

/**
 * A meeting or a change to it was refused. Carries the input field and a message key
 * (e.g. {@code validation.meeting.rrule}) so pages can show a translated message next to
 * the field.
 */
public class InvalidMeeting extends RuntimeException {

	private final String field;

	private final String key;

	InvalidMeeting(String field, String key, String detail) {
		super(key + " (" + field + "): " + detail);
		this.field = field;
		this.key = key;
	}

	/** The input the message belongs to, named as in {@link NewMeeting}. */
	public String field() {
		return this.field;
	}

	/** The message key of the explanation. */
	public String key() {
		return this.key;
	}

}
