package org.latch.partner;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One step of a violation report's moderation: who (no one for the anonymous report
 * itself), when, what, and the reason given.
 */
@Entity
@Table(name = "partner_violation_step")
class ViolationStep extends RecordedStep {

	/** What was done. */
	enum Action {

		RECEIVED, PUBLISHED, REJECTED, MARKED_DUPLICATE, WITHDRAWN

	}

	private UUID reportId;

	@Enumerated(EnumType.STRING)
	private Action action;

	protected ViolationStep() {
		this.reportId = getId();
		this.action = Action.RECEIVED;
	}

	ViolationStep(UUID reportId, Instant at, @Nullable UUID actorId, Action action, @Nullable String note) {
		super(at, actorId, note);
		this.reportId = reportId;
		this.action = action;
	}

	Action action() {
		return this.action;
	}

}
