package org.latch.milkdonation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A donor's file as the bank's staff read it: contact, answers, every step with who took
 * it, donations, and the steps that may be taken now.
 */
record DonorFile(UUID id, String reference, Stage stage, String language, String name, @Nullable String email,
		@Nullable String phone, String place, BabyAge baby, Screening screening, Instant sentAt, List<Line> steps,
		@Nullable BloodResult lastResult, List<StepKind> possible, @Nullable String pledge,
		List<DonationView> donations, String given, Map<UUID, String> places) {

	/**
	 * A step as staff see it: who took it (empty for the donor), its outcome's message
	 * key, and the note.
	 */
	record Line(StepKind kind, String actor, Instant at, @Nullable String outcomeKey, @Nullable String note) {
	}

	boolean can(StepKind kind) {
		return this.possible.contains(kind);
	}

}
