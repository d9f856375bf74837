package org.latch.helprequest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A request as a Leader or an administrator sees it, opened: the family's words, contact
 * details only for the Leader answering it, the thread, private notes and every step.
 */
record CaseView(UUID id, String reference, HelpStatus status, boolean urgent, String language, String name,
		ContactMethod contactMethod, @Nullable String contact, BabyAge baby, List<Topic> topics, String question,
		Instant sentAt, List<Conversation.Message> messages, List<Note> notes, List<Step> steps, @Nullable UUID offerId,
		boolean answering, @Nullable Outcome outcome, @Nullable Integer rating) {

	/** A private note. */
	record Note(String author, String body, Instant at) {
	}

	/** A step of the request's way. */
	record Step(HelpStep.Kind kind, String actor, @Nullable String detail, Instant at) {

		/** The message key that names the detail, when it is one of our words. */
		@Nullable String detailKey() {
			if (this.detail == null) {
				return null;
			}
			return switch (this.kind) {
				case DECLINED -> "decline." + this.detail;
				case CLOSED -> "outcome." + this.detail;
				case ESCALATED -> "escalated." + this.detail;
				default -> null;
			};
		}

	}

}
