package org.latch.notification;

import org.jspecify.annotations.Nullable;

/**
 * A plain-text email, already translated into the recipient's language, with at most one
 * text attachment (such as an invitation in iCalendar form).
 */
public record Email(String to, String subject, String body, @Nullable Attachment attachment) {

	public Email(String to, String subject, String body) {
		this(to, subject, body, null);
	}

	/** A text file sent with an email: its name, its media type and its content. */
	public record Attachment(String name, String contentType, String text) {
	}

}
