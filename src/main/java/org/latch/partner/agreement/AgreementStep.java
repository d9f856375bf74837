package org.latch.partner.agreement;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.latch.platform.StoredEntity;

/**
 * One step of the audit trail: who (none for Latch's own nightly steps), when, what, and
 * for a signature the typed name, network address and the hash of the document signed.
 */
@Entity
@Table(name = "partner_agreement_step")
class AgreementStep extends StoredEntity {

	/** What was done. */
	enum Action {

		ISSUED, CODE_ATTESTED, REISSUED, SIGNED, COUNTERSIGNED, REMINDED, LAPSED

	}

	@Id
	private UUID id;

	/** Given by the database: the order of steps taken at the same instant. */
	@Column(insertable = false, updatable = false)
	private @Nullable Long seq;

	private UUID agreementId;

	private UUID partnerId;

	private Instant at;

	private @Nullable UUID actorId;

	@Enumerated(EnumType.STRING)
	private Action action;

	private @Nullable String typedName;

	private @Nullable String address;

	private @Nullable String documentSha256;

	private @Nullable String note;

	protected AgreementStep() {
		this.id = UUID.randomUUID();
		this.agreementId = this.id;
		this.partnerId = this.id;
		this.at = Instant.EPOCH;
		this.action = Action.ISSUED;
	}

	private AgreementStep(Agreement agreement, Instant at, @Nullable UUID actorId, Action action) {
		this.id = UUID.randomUUID();
		this.agreementId = agreement.id();
		this.partnerId = agreement.partnerId();
		this.at = at;
		this.actorId = actorId;
		this.action = action;
		this.documentSha256 = agreement.documentSha256();
	}

	/** A step about the agreement's current document. */
	static AgreementStep of(Agreement agreement, Instant at, @Nullable UUID actorId, Action action,
			@Nullable String note) {
		AgreementStep step = new AgreementStep(agreement, at, actorId, action);
		step.note = note;
		return step;
	}

	/** A signature of the agreement's current document. */
	static AgreementStep signature(Agreement agreement, Instant at, UUID actorId, Action action, String typedName,
			String address) {
		AgreementStep step = new AgreementStep(agreement, at, actorId, action);
		step.typedName = typedName;
		step.address = address;
		return step;
	}

	UUID agreementId() {
		return this.agreementId;
	}

	Instant at() {
		return this.at;
	}

	@Nullable UUID actorId() {
		return this.actorId;
	}

	Action action() {
		return this.action;
	}

	@Nullable String typedName() {
		return this.typedName;
	}

	@Nullable String address() {
		return this.address;
	}

	@Nullable String documentSha256() {
		return this.documentSha256;
	}

	@Nullable String note() {
		return this.note;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
