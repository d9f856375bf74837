package org.latch.helprequest;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A request as its family sees it at the private link, opened. */
record Conversation(String reference, HelpStatus status, boolean urgent, String name, ContactMethod contactMethod,
		BabyAge baby, List<Topic> topics, String question, Instant sentAt, List<Message> messages, List<Read> reads,
		boolean answered, @Nullable Integer rating) {

	record Message(HelpMessage.Author author, String body, Instant at) {
	}

	/** Who read the request, when. */
	record Read(String reader, String role, Instant at) {

		/** The message key naming the reader's role. */
		String roleKey() {
			return "role." + this.role.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

}
