package org.latch.partner;

import java.time.Instant;
import java.util.UUID;

/** A violation report in the moderators' lists. */
record ReportRow(UUID id, String reference, ReportStatus status, Instant receivedAt, String company, String country,
		CodeArticle article) {
}
