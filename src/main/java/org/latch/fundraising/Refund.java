package org.latch.fundraising;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.latch.platform.StoredEntity;

/**
 * Money given back from a gift: recorded by an organizer, or as Stripe reported it (then
 * with the event's id, so the same event never refunds twice).
 */
@Entity
@Table(name = "fundraising_refund")
class Refund extends StoredEntity {

	@Id
	private UUID id;

	private UUID giftId;

	private long amountCents;

	private String reason;

	private @Nullable UUID recordedBy;

	private @Nullable String stripeEventId;

	private Instant refundedAt;

	protected Refund() {
		this.id = UUID.randomUUID();
		this.giftId = this.id;
		this.reason = "";
		this.refundedAt = Instant.EPOCH;
	}

	Refund(UUID giftId, long amountCents, String reason, @Nullable UUID recordedBy, @Nullable String stripeEventId,
			Instant now) {
		this();
		this.giftId = giftId;
		this.amountCents = amountCents;
		this.reason = reason;
		this.recordedBy = recordedBy;
		this.stripeEventId = stripeEventId;
		this.refundedAt = now;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	UUID giftId() {
		return this.giftId;
	}

	long amountCents() {
		return this.amountCents;
	}

	String reason() {
		return this.reason;
	}

	Instant refundedAt() {
		return this.refundedAt;
	}

}
