package org.latch.partner;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One step of an application's way, with who took it, when, and the reason given. */
@Entity
@Table(name = "partner_step")
class PartnerStep extends RecordedStep {

	/** What was done. */
	enum Action {

		SUBMITTED, REVIEW_STARTED, INFORMATION_REQUESTED, RESUBMITTED, APPROVED, DECLINED

	}

	private UUID applicationId;

	@Enumerated(EnumType.STRING)
	private Action action;

	protected PartnerStep() {
		this.applicationId = getId();
		this.action = Action.SUBMITTED;
	}

	PartnerStep(UUID applicationId, Instant at, UUID actorId, Action action, @Nullable String note) {
		super(at, actorId, note);
		this.applicationId = applicationId;
		this.action = action;
	}

	Action action() {
		return this.action;
	}

}
