package org.latch.helprequest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A Leader's inbox: offers waiting for their answer, and the requests they answer. */
record InboxView(boolean registered, List<Line> offers, List<Line> answering) {

	/** One request, without the family's words. */
	record Line(UUID requestId, @Nullable UUID offerId, String reference, boolean urgent, String language,
			boolean online, List<Topic> topics, Instant sentAt, @Nullable Instant dueAt) {
	}

}
