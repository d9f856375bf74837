package org.latch.partner;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.latch.platform.StoredEntity;

/** One step of an application's way, with who took it, when, and the reason given. */
@Entity
@Table(name = "partner_step")
class PartnerStep extends StoredEntity {

	/** What was done. */
	enum Action {

		SUBMITTED, REVIEW_STARTED, INFORMATION_REQUESTED, RESUBMITTED, APPROVED, DECLINED

	}

	@Id
	private UUID id;

	private UUID applicationId;

	private Instant at;

	private UUID actorId;

	@Enumerated(EnumType.STRING)
	private Action action;

	private @Nullable String note;

	protected PartnerStep() {
		this.id = UUID.randomUUID();
		this.applicationId = this.id;
		this.at = Instant.EPOCH;
		this.actorId = this.id;
		this.action = Action.SUBMITTED;
	}

	PartnerStep(UUID applicationId, Instant at, UUID actorId, Action action, @Nullable String note) {
		this.id = UUID.randomUUID();
		this.applicationId = applicationId;
		this.at = at;
		this.actorId = actorId;
		this.action = action;
		this.note = note;
	}

	Instant at() {
		return this.at;
	}

	UUID actorId() {
		return this.actorId;
	}

	Action action() {
		return this.action;
	}

	@Nullable String note() {
		return this.note;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
