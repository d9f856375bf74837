package org.latch.partner;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A published summary as the public reads it: the moderator's words and choices only, the
 * country named and the month written in the reader's language.
 */
record PublishedViolation(UUID id, String company, ProductCategory productKind, CodeArticle article, String country,
		String month, @Nullable String text, Instant publishedAt) {
}
