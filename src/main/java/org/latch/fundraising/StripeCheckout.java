package org.latch.fundraising;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Opens Stripe Checkout Sessions through Stripe's REST API with the JDK's HTTP client (no
 * SDK: one form-encoded POST). The session carries the gift's (or the registration's) id
 * as {@code client_reference_id}; Stripe hosts the card form, so no card number ever
 * reaches Latch.
 */
@Component
class StripeCheckout {

	/** An open session: Stripe's id and the address the giver pays at. */
	record Session(String id, URI url) {
	}

	/**
	 * What is paid for: {@code reference} becomes the session's
	 * {@code client_reference_id}, {@code metadata} its metadata (which says whether it
	 * is a gift or a registration's fee), {@code idempotencyKey} Stripe's idempotency
	 * key.
	 */
	record Order(String reference, Map<String, String> metadata, String idempotencyKey, long amountCents,
			String currency, String description, String email, URI success, URI cancel, String locale) {

		/** A gift: its id is the reference, the metadata and the idempotency key. */
		static Order gift(UUID gift, long amountCents, String currency, String description, String email, URI success,
				URI cancel, String locale) {
			return new Order(gift.toString(), Map.of("gift", gift.toString()), gift.toString(), amountCents, currency,
					description, email, success, cancel, locale);
		}

	}

	private static final Logger log = LoggerFactory.getLogger(StripeCheckout.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final StripeSettings settings;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	StripeCheckout(StripeSettings settings) {
		this.settings = settings;
	}

	/** The session, or empty when Stripe could not be reached or refused. */
	Optional<Session> open(Order order) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("mode", "payment");
		form.put("client_reference_id", order.reference());
		order.metadata().forEach((key, value) -> form.put("metadata[" + key + "]", value));
		form.put("line_items[0][quantity]", "1");
		form.put("line_items[0][price_data][currency]", order.currency().toLowerCase(java.util.Locale.ROOT));
		form.put("line_items[0][price_data][unit_amount]", Long.toString(order.amountCents()));
		form.put("line_items[0][price_data][product_data][name]", order.description());
		if (!order.email().isEmpty()) {
			form.put("customer_email", order.email());
		}
		form.put("success_url", order.success().toString());
		form.put("cancel_url", order.cancel().toString());
		form.put("locale", order.locale());
		String body = form.entrySet()
			.stream()
			.map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(this.settings.apiUrl().resolve("/v1/checkout/sessions"))
			.timeout(Duration.ofSeconds(20))
			.header("Authorization", "Bearer " + this.settings.secretKey())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Idempotency-Key", order.idempotencyKey())
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				log.warn("Stripe refused a Checkout Session for {}: HTTP {}", order.reference(), response.statusCode());
				return Optional.empty();
			}
			JsonNode session = JSON.readTree(response.body());
			String id = session.path("id").asString("");
			String url = session.path("url").asString("");
			return (id.isEmpty() || !url.startsWith("https://")) ? Optional.empty()
					: Optional.of(new Session(id, URI.create(url)));
		}
		catch (IOException | JacksonException | IllegalArgumentException ex) {
			log.warn("No Checkout Session for {}: {}", order.reference(), ex.toString());
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
