package org.latch.fundraising;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.calendar.CampaignSummary;
import org.latch.calendar.Campaigns;
import org.latch.calendar.FeeCheckout;
import org.latch.calendar.PaidFee;
import org.latch.calendar.Registrant;
import org.latch.calendar.RegistrationCancelled;
import org.latch.platform.PlatformSettings;

/**
 * Registration fees: only a confirmed place that owes its site's fee and has not paid it
 * may pay, checked when Checkout opens; Stripe's event records the payment once (one row
 * per registration); a payment for a place cancelled meanwhile, or a place cancelled
 * after paying, is due back. Fees are not gifts: they never count in the funds bar or the
 * ledger.
 */
@Service
class Fees {

	/** Why a fee could not be marked paid in cash. */
	enum Refusal {

		NOT_CONFIRMED, NO_FEE, PAID

	}

	private static final Logger log = LoggerFactory.getLogger(Fees.class);

	private final FeePaymentRepository payments;

	private final Campaigns campaigns;

	private final StripeCheckout checkout;

	private final StripeSettings stripe;

	private final PlatformSettings platform;

	private final MessageSource messages;

	private final Clock clock;

	Fees(FeePaymentRepository payments, Campaigns campaigns, StripeCheckout checkout, StripeSettings stripe,
			PlatformSettings platform, MessageSource messages, Clock clock) {
		this.payments = payments;
		this.campaigns = campaigns;
		this.checkout = checkout;
		this.stripe = stripe;
		this.platform = platform;
		this.messages = messages;
		this.clock = clock;
	}

	boolean online() {
		return this.stripe.enabled();
	}

	@Transactional(readOnly = true)
	Optional<FeePayment> of(UUID registration) {
		return this.payments.findById(registration);
	}

	@Transactional(readOnly = true)
	List<FeePayment> paidIn(UUID campaign) {
		return this.payments.findByCampaignIdOrderByPaidAtAsc(campaign);
	}

	@Transactional(readOnly = true)
	Map<UUID, PaidFee> paidFees(UUID campaign) {
		return paidIn(campaign).stream().collect(Collectors.toMap(FeePayment::registrationId, FeePayment::paid));
	}

	@Transactional(readOnly = true)
	boolean anyIn(UUID campaign) {
		return this.payments.existsByCampaignId(campaign);
	}

	/**
	 * Opens Stripe Checkout for the registration's fee, after checking again (the
	 * registration as it is now) that it is confirmed, owes a fee and has not paid it. No
	 * transaction is held while Stripe answers.
	 */
	FeeCheckout checkout(UUID registration, String secret, Locale locale) {
		Optional<Registrant> found = this.campaigns.registrant(registration);
		if (!online() || found.isEmpty() || !found.get().owesFee() || of(registration).isPresent()) {
			return FeeCheckout.nothingOwed();
		}
		Registrant registrant = found.get();
		CampaignSummary campaign = this.campaigns.find(registrant.campaign()).orElseThrow();
		String back = "/campaigns/registrations/" + secret;
		String description = this.messages.getMessage("fund.fee.product",
				new Object[] { campaign.name(), registrant.reference() }, locale);
		Optional<StripeCheckout.Session> session = this.checkout.open(new StripeCheckout.Order(
				registrant.id().toString(), Map.of("kind", "fee", "registration", registrant.id().toString()),
				"fee-" + UUID.randomUUID(), registrant.feeOwedCents(), campaign.currency(), description, "",
				absolute(back + "?paid=1"), absolute(back), StripeLocales.of(locale)));
		return session.map(opened -> FeeCheckout.redirect(opened.url())).orElseGet(FeeCheckout::unavailable);
	}

	/**
	 * Records the fee Stripe says was paid in this session, once per registration: false
	 * when it is recorded already (a second delivery, or a second session paid: logged so
	 * the organizers refund it in Stripe) or the registration is unknown.
	 */
	@Transactional
	boolean paidOnline(UUID registration, String session, long amountCents, String currency, String paymentIntent) {
		Optional<FeePayment> recorded = this.payments.findById(registration);
		if (recorded.isPresent()) {
			if (!session.equals(recorded.get().checkoutSessionOrEmpty())) {
				log.warn("Fee of registration {} paid again in Checkout Session {} ({}): refund it in Stripe",
						registration, session, paymentIntent);
			}
			return false;
		}
		Optional<Registrant> registrant = this.campaigns.registrant(registration);
		if (registrant.isEmpty() || amountCents <= 0 || session.isEmpty()) {
			return false;
		}
		this.payments.save(FeePayment.online(registrant.get(), amountCents, currency.toUpperCase(Locale.ROOT), session,
				paymentIntent.isEmpty() ? null : paymentIntent, this.clock.instant()));
		return true;
	}

	/**
	 * A registration cancelled after paying gave its place back (to the waitlist, which
	 * pays in turn): its fee is due back.
	 */
	@ApplicationModuleListener
	void on(RegistrationCancelled cancelled) {
		this.payments.findById(cancelled.registration()).ifPresent(FeePayment::dueBack);
	}

	/** Marks the fee paid in cash; empty when done, else why not. */
	@Transactional
	Optional<Refusal> paidInCash(Registrant registrant, UUID by) {
		if (!registrant.confirmed()) {
			return Optional.of(Refusal.NOT_CONFIRMED);
		}
		if (!registrant.owesFee()) {
			return Optional.of(Refusal.NO_FEE);
		}
		if (this.payments.existsById(registrant.id())) {
			return Optional.of(Refusal.PAID);
		}
		String currency = this.campaigns.find(registrant.campaign()).orElseThrow().currency();
		this.payments
			.saveAndFlush(FeePayment.cash(registrant, registrant.feeOwedCents(), currency, by, this.clock.instant()));
		return Optional.empty();
	}

	/** Stripe's word that a fee's charge was refunded; false when it is no fee's. */
	@Transactional
	boolean refundedByStripe(String paymentIntent, long refundedInAll) {
		Optional<FeePayment> payment = this.payments.findByPaymentIntent(paymentIntent);
		if (payment.isEmpty()) {
			return false;
		}
		if (refundedInAll >= payment.get().amountCents()) {
			payment.get().refunded(this.clock.instant());
		}
		return true;
	}

	private URI absolute(String path) {
		return this.platform.baseUrl().resolve(path);
	}

}
