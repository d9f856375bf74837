package org.latch.partner;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One application in a list: the applicant's own, or the reviewers' queue. */
record ApplicationSummary(UUID id, String legalName, PartnerStatus status, Instant updatedAt,
		@Nullable Instant submittedAt) {

	static ApplicationSummary of(PartnerApplication application) {
		return new ApplicationSummary(application.id(),
				(application.legalName() == null) ? "" : application.legalName(), application.status(),
				application.updatedAt(), application.submittedAt());
	}

}
