package org.latch.calendar;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * The answer to "let this registrant pay their fee now": where to send them (Stripe
 * Checkout), nothing to pay (not confirmed, no fee, paid already, or payment online is
 * not offered), or the payment service could not be reached.
 */
public record FeeCheckout(Outcome outcome, @Nullable URI url) {

	/** What happened. */
	public enum Outcome {

		REDIRECT, NOTHING_OWED, UNAVAILABLE

	}

	public static FeeCheckout redirect(URI url) {
		return new FeeCheckout(Outcome.REDIRECT, url);
	}

	public static FeeCheckout nothingOwed() {
		return new FeeCheckout(Outcome.NOTHING_OWED, null);
	}

	public static FeeCheckout unavailable() {
		return new FeeCheckout(Outcome.UNAVAILABLE, null);
	}

}
