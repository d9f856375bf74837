package org.latch.helprequest;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.latch.platform.StoredEntity;

/** A request offered to one Leader, who has until {@code dueAt} to accept it. */
@Entity
@Table(name = "help_offer")
class HelpOffer extends StoredEntity {

	/** How an offer ended, if it has. */
	enum Answer {

		PENDING, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN

	}

	@Id
	private UUID id;

	private UUID requestId;

	private UUID helperId;

	private Instant offeredAt;

	private Instant dueAt;

	@Enumerated(EnumType.STRING)
	private Answer answer;

	@Enumerated(EnumType.STRING)
	private @Nullable DeclineReason reason;

	private @Nullable Instant answeredAt;

	protected HelpOffer() {
		this.id = UUID.randomUUID();
		this.requestId = this.id;
		this.helperId = this.id;
		this.offeredAt = Instant.EPOCH;
		this.dueAt = Instant.EPOCH;
		this.answer = Answer.PENDING;
	}

	HelpOffer(UUID requestId, UUID helperId, Instant offeredAt, Instant dueAt) {
		this();
		this.requestId = requestId;
		this.helperId = helperId;
		this.offeredAt = offeredAt;
		this.dueAt = dueAt;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	UUID requestId() {
		return this.requestId;
	}

	UUID helperId() {
		return this.helperId;
	}

	Instant offeredAt() {
		return this.offeredAt;
	}

	Instant dueAt() {
		return this.dueAt;
	}

	Answer answer() {
		return this.answer;
	}

	boolean pending() {
		return this.answer == Answer.PENDING;
	}

	void end(Answer answer, @Nullable DeclineReason reason, Instant now) {
		this.answer = answer;
		this.reason = reason;
		this.answeredAt = now;
	}

}
