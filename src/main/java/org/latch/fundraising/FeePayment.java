package org.latch.fundraising;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.latch.calendar.PaidFee;
import org.latch.calendar.Registrant;
import org.latch.platform.StoredEntity;

/**
 * A registration's fee as paid, online or in cash: one per registration (its id is the
 * registration's), so the same fee is never recorded twice. Paid for a registration
 * cancelled meanwhile, it is due back until Stripe reports the refund.
 */
@Entity
@Table(name = "fundraising_fee_payment")
class FeePayment extends StoredEntity {

	enum Method {

		ONLINE, CASH

	}

	@Id
	private UUID registrationId;

	private UUID campaignId;

	private @Nullable UUID siteId;

	private long amountCents;

	private String currency;

	@Enumerated(EnumType.STRING)
	private Method method;

	private @Nullable String checkoutSession;

	private @Nullable String paymentIntent;

	private @Nullable UUID recordedBy;

	private Instant paidAt;

	private boolean refundDue;

	private @Nullable Instant refundedAt;

	protected FeePayment() {
		this.registrationId = new UUID(0, 0);
		this.campaignId = this.registrationId;
		this.currency = "USD";
		this.method = Method.CASH;
		this.paidAt = Instant.EPOCH;
	}

	private FeePayment(Registrant registrant, long amountCents, String currency, Method method, Instant now) {
		this();
		this.registrationId = registrant.id();
		this.campaignId = registrant.campaign();
		this.siteId = registrant.site();
		this.amountCents = amountCents;
		this.currency = currency;
		this.method = method;
		this.paidAt = now;
		this.refundDue = !registrant.confirmed();
	}

	/** Paid through Stripe Checkout; due back when the place was cancelled meanwhile. */
	static FeePayment online(Registrant registrant, long amountCents, String currency, String session,
			@Nullable String paymentIntent, Instant now) {
		FeePayment payment = new FeePayment(registrant, amountCents, currency, Method.ONLINE, now);
		payment.checkoutSession = session;
		payment.paymentIntent = paymentIntent;
		return payment;
	}

	/** Paid in cash at the site, as a coordinator or an organizer says. */
	static FeePayment cash(Registrant registrant, long amountCents, String currency, UUID by, Instant now) {
		FeePayment payment = new FeePayment(registrant, amountCents, currency, Method.CASH, now);
		payment.recordedBy = by;
		return payment;
	}

	/** The registration was cancelled after paying: its place went back to the site. */
	void dueBack() {
		if (this.refundedAt == null) {
			this.refundDue = true;
		}
	}

	/** Stripe gave the money back. */
	void refunded(Instant now) {
		this.refundDue = false;
		this.refundedAt = now;
	}

	@Override
	public UUID getId() {
		return this.registrationId;
	}

	UUID registrationId() {
		return this.registrationId;
	}

	@Nullable UUID siteId() {
		return this.siteId;
	}

	String checkoutSessionOrEmpty() {
		return (this.checkoutSession == null) ? "" : this.checkoutSession;
	}

	long amountCents() {
		return this.amountCents;
	}

	String currency() {
		return this.currency;
	}

	Method method() {
		return this.method;
	}

	Instant paidAt() {
		return this.paidAt;
	}

	boolean refundDue() {
		return this.refundDue;
	}

	@Nullable Instant refundedAt() {
		return this.refundedAt;
	}

	PaidFee paid() {
		return new PaidFee(this.amountCents, this.paidAt, this.method == Method.ONLINE, this.refundDue);
	}

}
