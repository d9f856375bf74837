package org.latch.fundraising;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handles each Stripe event once: its id is inserted in the same transaction that acts on
 * it, so a second delivery, even one arriving at the same moment, meets the primary key
 * and changes nothing. {@code checkout.session.completed} (paid) completes the gift, or
 * records the registration's fee when the session's metadata says {@code kind=fee};
 * {@code checkout.session.async_payment_succeeded} too, for payment methods that settle
 * later; {@code charge.refunded} records what was refunded. Other events are recorded and
 * ignored.
 */
@Service
class StripeEvents {

	enum Outcome {

		HANDLED, IGNORED, DUPLICATE

	}

	private final Giving giving;

	private final Fees fees;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	StripeEvents(Giving giving, Fees fees, JdbcTemplate jdbc, Clock clock) {
		this.giving = giving;
		this.fees = fees;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException when the same event is being
	 * handled at this moment by another delivery
	 */
	@Transactional
	Outcome handle(JsonNode event) {
		String id = text(event.path("id"));
		String type = text(event.path("type"));
		if (id.isEmpty() || id.length() > 255 || type.length() > 100) {
			return Outcome.IGNORED;
		}
		if (seen(event)) {
			return Outcome.DUPLICATE;
		}
		this.jdbc.update("insert into fundraising_stripe_event (event_id, type, received_at) values (?, ?, ?)", id,
				type, Timestamp.from(this.clock.instant()));
		JsonNode object = event.path("data").path("object");
		boolean acted = switch (type) {
			case "checkout.session.completed", "checkout.session.async_payment_succeeded" ->
				text(object.path("payment_status")).equals("paid") && paid(object);
			case "charge.refunded" -> !text(object.path("payment_intent")).isEmpty()
					&& (this.giving.refundedByStripe(text(object.path("payment_intent")),
							cents(object.path("amount_refunded")), id)
							|| this.fees.refundedByStripe(text(object.path("payment_intent")),
									cents(object.path("amount_refunded"))));
			default -> false;
		};
		return acted ? Outcome.HANDLED : Outcome.IGNORED;
	}

	/** A paid session: a registration's fee when its metadata says so, else a gift. */
	private boolean paid(JsonNode session) {
		JsonNode metadata = session.path("metadata");
		String id = text(session.path("id"));
		long amount = cents(session.path("amount_total"));
		String currency = text(session.path("currency"));
		String intent = text(session.path("payment_intent"));
		if (text(metadata.path("kind")).equals("fee")) {
			Optional<UUID> registration = uuid(text(metadata.path("registration")));
			return registration.isPresent() && this.fees.paidOnline(registration.get(), id, amount, currency, intent);
		}
		return this.giving.paid(id, amount, currency, intent);
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** Whether an event of this id was handled already. */
	@Transactional(readOnly = true)
	boolean seen(JsonNode event) {
		Integer count = this.jdbc.queryForObject("select count(*) from fundraising_stripe_event where event_id = ?",
				Integer.class, text(event.path("id")));
		return count != null && count > 0;
	}

	/** A Stripe id that may also come expanded as an object with its own id. */
	private static String text(JsonNode node) {
		JsonNode value = node.isObject() ? node.path("id") : node;
		return value.isString() ? value.stringValue() : "";
	}

	/** An amount in cents, or -1 when it is not a whole number. */
	private static long cents(JsonNode node) {
		return node.isIntegralNumber() && node.canConvertToLong() ? node.longValue() : -1;
	}

}
