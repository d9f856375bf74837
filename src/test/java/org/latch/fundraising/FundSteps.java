package org.latch.fundraising;

import java.time.Instant;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What people do in the fundraising tests: sign in, set up funding, and Stripe's calls.
 */
final class FundSteps {

	private FundSteps() {
	}

	static MockHttpServletResponse as(MockMvc mvc, String email, MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(user(email)).with(csrf())).andReturn().getResponse();
	}

	/** Milk bank 50%, NEC Society 33.33%, Best for Babes 16.67%, goal 5,000 USD. */
	static MockHttpServletResponse setUpFunding(MockMvc mvc, String organizer, UUID campaign) throws Exception {
		return as(mvc, organizer,
				post(FundPaths.funding(campaign)).param("goal", "5,000")
					.param("currency", "USD")
					.param("b0-name", "Mothers' Milk Bank")
					.param("b0-legal", "Mothers' Milk Bank Northeast Inc.")
					.param("b0-tax", "A 501(c)(3) non-profit, EIN 04-0000001. No goods or services were provided.")
					.param("b0-share", "50")
					.param("b1-name", "NEC Society")
					.param("b1-legal", "NEC Society")
					.param("b1-tax", "A 501(c)(3) non-profit, EIN 47-0000002.")
					.param("b1-share", "33.33")
					.param("b2-name", "Best for Babes")
					.param("b2-legal", "Best for Babes Foundation")
					.param("b2-tax", "A 501(c)(3) non-profit, EIN 26-0000003.")
					.param("b2-share", "16,67"));
	}

	/** Stripe calling the webhook with a payload signed at the given time. */
	static MockHttpServletResponse deliver(MockMvc mvc, String payload, String secret, Instant signedAt)
			throws Exception {
		return mvc
			.perform(post(StripeWebhookController.PATH).contentType(MediaType.APPLICATION_JSON)
				.content(payload)
				.header("Stripe-Signature", StripeSignature.header(payload, secret, signedAt)))
			.andReturn()
			.getResponse();
	}

	static String checkoutCompleted(String event, String session, long cents, String paymentIntent) {
		return """
				{"id":"%s","object":"event","type":"checkout.session.completed","data":{"object":{"id":"%s",\
				"object":"checkout.session","amount_total":%d,"currency":"usd","payment_status":"paid",\
				"payment_intent":"%s"}}}""".formatted(event, session, cents, paymentIntent);
	}

	/** A paid Checkout Session opened for a registration's fee, as its metadata says. */
	static String feeCompleted(String event, String session, long cents, String paymentIntent, UUID registration) {
		return """
				{"id":"%s","object":"event","type":"checkout.session.completed","data":{"object":{"id":"%s",\
				"object":"checkout.session","amount_total":%d,"currency":"usd","payment_status":"paid",\
				"payment_intent":"%s","client_reference_id":"%s","metadata":{"kind":"fee","registration":"%s"}}}}\
				""".formatted(event, session, cents, paymentIntent, registration, registration);
	}

	static String chargeRefunded(String event, String paymentIntent, long refundedInAll) {
		return """
				{"id":"%s","object":"event","type":"charge.refunded","data":{"object":{"id":"ch_%s",\
				"object":"charge","payment_intent":"%s","amount_refunded":%d}}}""".formatted(event, paymentIntent,
				paymentIntent, refundedInAll);
	}

}
