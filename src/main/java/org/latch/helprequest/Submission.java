package org.latch.helprequest;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A checked help request as the family sent it. {@code contact} is the email address or
 * phone number for the chosen method, none for answers inside Latch; no place means help
 * online only.
 */
record Submission(String secret, String name, ContactMethod contactMethod, @Nullable String contact, String language,
		@Nullable Double latitude, @Nullable Double longitude, BabyAge baby, Set<Topic> topics, Set<WarningSign> signs,
		String question) {

	/** Whether the answers suggest a medical emergency. */
	boolean urgent() {
		return !this.signs.isEmpty() || UrgentWords.in(this.question);
	}

}
