package org.latch.fundraising;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stripe's webhook: the body is taken only with a valid, fresh {@code Stripe-Signature}
 * (400 otherwise, so Stripe shows the failure); each event acts once however often it
 * comes; 404 while online giving is not configured.
 */
@RestController
class StripeWebhookController {

	static final String PATH = "/fundraising/stripe/webhook";

	private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_BYTES = 512 * 1024;

	private final StripeSettings settings;

	private final StripeEvents events;

	private final Clock clock;

	StripeWebhookController(StripeSettings settings, StripeEvents events, Clock clock) {
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@PostMapping(PATH)
	ResponseEntity<String> receive(@RequestBody(required = false) byte[] body,
			@RequestHeader(name = "Stripe-Signature", required = false) String signature) {
		if (!this.settings.enabled()) {
			return ResponseEntity.notFound().build();
		}
		if (body == null || body.length > MAX_BYTES) {
			return ResponseEntity.badRequest().body("no payload");
		}
		String payload = new String(body, StandardCharsets.UTF_8);
		if (!StripeSignature.verify(payload, signature, this.settings.webhookSecret(), this.clock.instant(),
				this.settings.tolerance())) {
			return ResponseEntity.badRequest().body("signature");
		}
		JsonNode event;
		try {
			event = JSON.readTree(payload);
		}
		catch (JacksonException ex) {
			return ResponseEntity.badRequest().body("json");
		}
		try {
			StripeEvents.Outcome outcome = this.events.handle(event);
			log.info("Stripe event {} ({}): {}", event.path("id").asString(""), event.path("type").asString(""),
					outcome);
			return ResponseEntity.ok(outcome.name().toLowerCase(java.util.Locale.ROOT));
		}
		catch (DataIntegrityViolationException ex) {
			// The same event delivered twice at once: the other delivery handled it.
			if (this.events.seen(event)) {
				return ResponseEntity.status(HttpStatus.OK).body("duplicate");
			}
			throw ex;
		}
	}

}
