package org.latch.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A register entry in a list: its name, how it stands today, and its dates. */
record SponsorSummary(UUID id, String name, SponsorState state, boolean eligible, Instant submittedAt,
		@Nullable LocalDate expiresOn) {
}
