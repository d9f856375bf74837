package org.latch.fundraising;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

import org.springframework.context.ApplicationContext;

/**
 * Stripe's Checkout API as far as Latch uses it, on the port the test settings give
 * ({@code latch.stripe.api-url}): a real HTTP server that checks the secret key, keeps
 * each form it was sent and answers with a new session. No network beyond loopback.
 */
final class FakeStripe {

	private static final Map<Integer, FakeStripe> RUNNING = new ConcurrentHashMap<>();

	final List<Map<String, String>> sessions = new CopyOnWriteArrayList<>();

	final String webhookSecret;

	private FakeStripe(StripeSettings settings) {
		this.webhookSecret = settings.webhookSecret();
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", settings.apiUrl().getPort()), 0);
			server.createContext("/v1/checkout/sessions", exchange -> {
				boolean allowed = ("Bearer " + settings.secretKey())
					.equals(exchange.getRequestHeaders().getFirst("Authorization"));
				Map<String, String> form = parse(
						new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
				String id = "cs_test_" + UUID.randomUUID().toString().replace("-", "");
				form.put("id", id);
				String body = allowed ? "{\"id\":\"" + id + "\",\"object\":\"checkout.session\",\"url\":"
						+ "\"https://checkout.stripe.test/c/pay/" + id + "\"}" : "{\"error\":{}}";
				if (allowed) {
					this.sessions.add(form);
				}
				byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(allowed ? 200 : 401, bytes.length);
				exchange.getResponseBody().write(bytes);
				exchange.close();
			});
			server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static FakeStripe of(ApplicationContext context) {
		StripeSettings settings = context.getBean(StripeSettings.class);
		return RUNNING.computeIfAbsent(settings.apiUrl().getPort(), port -> new FakeStripe(settings));
	}

	/** The last session opened for this gift's Checkout. */
	Map<String, String> sessionFor(UUID gift) {
		return this.sessions.stream()
			.filter(session -> gift.toString().equals(session.get("client_reference_id")))
			.reduce((first, second) -> second)
			.orElseThrow();
	}

	private static Map<String, String> parse(String body) {
		Map<String, String> form = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			String[] parts = pair.split("=", 2);
			form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
					(parts.length == 2) ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
		}
		return form;
	}

}
