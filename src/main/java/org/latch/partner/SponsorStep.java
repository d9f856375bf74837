package org.latch.partner;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One step of a register entry's way, with who took it, when, and the reason given. */
@Entity
@Table(name = "partner_sponsor_step")
class SponsorStep extends RecordedStep {

	/** What was done. */
	enum Action {

		SUBMITTED, RESUBMITTED, APPROVED, REJECTED, SUSPENDED, IMPORTED

	}

	private UUID sponsorId;

	@Enumerated(EnumType.STRING)
	private Action action;

	protected SponsorStep() {
		this.sponsorId = getId();
		this.action = Action.SUBMITTED;
	}

	SponsorStep(UUID sponsorId, Instant at, UUID actorId, Action action, @Nullable String note) {
		super(at, actorId, note);
		this.sponsorId = sponsorId;
		this.action = action;
	}

	Action action() {
		return this.action;
	}

}
