package org.latch.partner;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A violation report as moderators read it: what the reporter wrote (their address only
 * until the report is decided), whether a photo came with it (and was deleted since), the
 * published summary if any, and every step.
 */
record ReportView(UUID id, String reference, ReportStatus status, Instant receivedAt, String language,
		NewViolationReport report, String country, @Nullable EvidenceType photoType, boolean photoDeleted,
		@Nullable ViolationSummary summary, @Nullable String summaryCountry, @Nullable UUID duplicateOf,
		List<CodeHistoryEntry> history) {

	boolean received() {
		return this.status == ReportStatus.RECEIVED;
	}

	boolean published() {
		return this.status == ReportStatus.PUBLISHED;
	}

}
