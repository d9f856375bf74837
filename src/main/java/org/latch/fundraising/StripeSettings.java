package org.latch.fundraising;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Stripe Checkout settings ({@code latch.stripe.*}); online giving is on only when both
 * keys are set.
 *
 * @param secretKey the account's secret API key ({@code LATCH_STRIPE_SECRET_KEY})
 * @param webhookSecret the webhook endpoint's signing secret
 * ({@code LATCH_STRIPE_WEBHOOK_SECRET})
 * @param apiUrl where Stripe's API answers
 * @param tolerance how old a signed delivery may be (Stripe's libraries take five
 * minutes)
 */
@ConfigurationProperties("latch.stripe")
record StripeSettings(@DefaultValue("") String secretKey, @DefaultValue("") String webhookSecret,
		@DefaultValue("https://api.stripe.com") URI apiUrl, @DefaultValue("5m") Duration tolerance) {

	boolean enabled() {
		return !this.secretKey.isBlank() && !this.webhookSecret.isBlank();
	}

}
