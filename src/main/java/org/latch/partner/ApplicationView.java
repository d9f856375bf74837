package org.latch.partner;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An application as its applicant and the reviewers read it: the profile, the eligibility
 * checklist and every step taken.
 */
record ApplicationView(UUID id, PartnerStatus status, String legalName, String country, String region,
		@Nullable PartnerLevel level, String registrationNumber, @Nullable EvidenceType evidenceType, long evidenceSize,
		String members, String employees, List<Ibclc> ibclcs, boolean codePledged, @Nullable Instant pledgedAt,
		String languages, String contactName, String contactEmail, String contactPhone, String website, String mission,
		List<Criterion> checklist, List<ApplyStep> stepsDone, List<HistoryEntry> history,
		@Nullable Instant submittedAt) {

	boolean eligible() {
		return this.checklist.stream().allMatch(Criterion::met);
	}

	boolean done(ApplyStep step) {
		return this.stepsDone.contains(step);
	}

	boolean complete() {
		return done(ApplyStep.ORGANIZATION) && done(ApplyStep.PEOPLE);
	}

	boolean editable() {
		return this.status.editable();
	}

	long evidenceKilobytes() {
		return Math.max(1, (this.evidenceSize + 1023) / 1024);
	}

	/** The last reason the reviewers gave, for an applicant asked for more. */
	@Nullable String lastNote() {
		for (int i = this.history.size() - 1; i >= 0; i--) {
			if (this.history.get(i).note() != null) {
				return this.history.get(i).note();
			}
		}
		return null;
	}

	/** One step taken: when, by whom (their name now), what, and why. */
	record HistoryEntry(Instant at, String actor, PartnerStep.Action action, @Nullable String note) {
	}

}
