package org.latch.fundraising;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.platform.PrivateLinks;

/**
 * Gifts from start to receipt: an online gift waiting for Stripe, completed when Stripe
 * says it was paid; a cash or check gift entered complete; refunds, never more than what
 * a gift still holds.
 */
@Service
class Giving {

	/** A gift just started, with the secret of the giver's private link. */
	record Started(UUID gift, String secret) {
	}

	private final GiftRepository gifts;

	private final RefundRepository refunds;

	private final FundingRepository fundings;

	private final GiftThanks thanks;

	private final Clock clock;

	Giving(GiftRepository gifts, RefundRepository refunds, FundingRepository fundings, GiftThanks thanks, Clock clock) {
		this.gifts = gifts;
		this.refunds = refunds;
		this.fundings = fundings;
		this.thanks = thanks;
		this.clock = clock;
	}

	/** An online gift waiting for payment, in the campaign's currency. */
	@Transactional
	Started startOnline(FundPage page, GiftDetails details) {
		Funding funding = funding(page.campaignId());
		String secret = PrivateLinks.newSecret();
		Gift gift = new Gift(page, page.siteId(), details, Gift.Method.ONLINE, funding.currency(),
				PrivateLinks.hash(secret), this.clock.instant());
		this.gifts.save(gift);
		return new Started(gift.id(), secret);
	}

	@Transactional
	void checkoutOpened(UUID gift, String session) {
		this.gifts.findById(gift).orElseThrow().checkout(session);
	}

	/**
	 * Completes the online gift Stripe was paid for; false when no pending gift of this
	 * session has this amount and currency.
	 */
	@Transactional
	boolean paid(String session, long amountCents, String currency, String paymentIntent) {
		Optional<Gift> found = session.isEmpty() ? Optional.empty() : this.gifts.findByCheckoutSession(session);
		if (found.isEmpty() || found.get().amountCents() != amountCents
				|| !found.get().currency().equalsIgnoreCase(currency)) {
			return false;
		}
		Gift gift = found.get();
		gift.paidWith(paymentIntent.isEmpty() ? null : paymentIntent);
		boolean completed = gift.complete(PrivateLinks.newReference("W"), funding(gift.campaignId()).beneficiaries(),
				null, this.clock.instant());
		if (completed) {
			this.thanks.thank(gift);
		}
		return completed;
	}

	/**
	 * A cash or check gift, complete at once with the receipt number the coordinator
	 * wrote; the caller checked the number is free in the campaign.
	 */
	@Transactional
	Started offline(FundPage page, @Nullable UUID siteId, GiftDetails details, Gift.Method method, String receiptNumber,
			UUID by) {
		if (method == Gift.Method.ONLINE) {
			throw new IllegalArgumentException("An offline gift is cash or a check");
		}
		Funding funding = funding(page.campaignId());
		String secret = PrivateLinks.newSecret();
		Gift gift = new Gift(page, siteId, details, method, funding.currency(), PrivateLinks.hash(secret),
				this.clock.instant());
		gift.complete(receiptNumber, funding.beneficiaries(), by, this.clock.instant());
		this.thanks.thank(gift);
		this.gifts.saveAndFlush(gift);
		return new Started(gift.id(), secret);
	}

	/** What a completed gift still holds after its refunds; zero for a pending one. */
	@Transactional(readOnly = true)
	long refundable(UUID gift) {
		return this.gifts.findById(gift)
			.filter(Gift::completed)
			.map(found -> found.amountCents() - this.refunds.sumFor(found.id()))
			.orElse(0L);
	}

	/** Gives back at most what the gift still holds; false when that is less. */
	@Transactional
	boolean refund(UUID gift, long amountCents, String reason, @Nullable UUID by, @Nullable String stripeEvent) {
		Optional<Gift> locked = this.gifts.lockById(gift).filter(Gift::completed);
		if (locked.isEmpty() || amountCents <= 0
				|| amountCents > locked.get().amountCents() - this.refunds.sumFor(gift)) {
			return false;
		}
		this.refunds.save(new Refund(gift, amountCents, reason, by, stripeEvent, this.clock.instant()));
		return true;
	}

	/**
	 * Stripe's word that a charge was refunded, in total so far: records what is not yet
	 * recorded.
	 */
	@Transactional
	boolean refundedByStripe(String paymentIntent, long refundedInAll, String eventId) {
		Optional<Gift> gift = this.gifts.findByPaymentIntent(paymentIntent).filter(Gift::completed);
		if (gift.isEmpty()) {
			return false;
		}
		long recorded = this.refunds.sumFor(gift.get().id());
		// Stripe sends the total refunded so far: only what is not recorded yet is new.
		long more = Math.min(refundedInAll, gift.get().amountCents()) - recorded;
		return more <= 0 || refund(gift.get().id(), more, "Stripe", null, eventId);
	}

	@Transactional(readOnly = true)
	boolean anyIn(UUID campaign) {
		return this.gifts.existsByCampaignId(campaign);
	}

	@Transactional(readOnly = true)
	Ledger ledger(UUID campaign) {
		return new Ledger(this.gifts.completedIn(campaign), this.refunds.allIn(campaign));
	}

	@Transactional(readOnly = true)
	Optional<Gift> bySecret(String secret) {
		if (!PrivateLinks.isSecret(secret)) {
			return Optional.empty();
		}
		String hash = PrivateLinks.hash(secret);
		return this.gifts.findBySecretHash(hash).or(() -> this.gifts.findByMailSecretHash(hash));
	}

	@Transactional(readOnly = true)
	List<Refund> refundsOf(UUID gift) {
		return this.refunds.findByGiftIdOrderByRefundedAt(gift);
	}

	private Funding funding(UUID campaign) {
		return this.fundings.findById(campaign)
			.orElseThrow(() -> new IllegalStateException("Campaign " + campaign + " has no funding set up"));
	}

}
