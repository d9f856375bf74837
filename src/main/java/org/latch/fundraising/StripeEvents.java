package org.latch.fundraising;

import java.time.Clock;
import java.sql.Timestamp;

import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handles each Stripe event once: its id is inserted in the same transaction that acts on
 * it, so a second delivery, even one arriving at the same moment, meets the primary key
 * and changes nothing. {@code checkout.session.completed} (paid) completes the gift;
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

	private final JdbcTemplate jdbc;

	private final Clock clock;

	StripeEvents(Giving giving, JdbcTemplate jdbc, Clock clock) {
		this.giving = giving;
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
			case "checkout.session.completed",
					"checkout.session.async_payment_succeeded" ->
				text(object.path("payment_status")).equals("paid")
						&& this.giving.paid(text(object.path("id")), cents(object.path("amount_total")),
								text(object.path("currency")), text(object.path("payment_intent")));
			case "charge.refunded" -> !text(object.path("payment_intent")).isEmpty() && this.giving
				.refundedByStripe(text(object.path("payment_intent")), cents(object.path("amount_refunded")), id);
			default -> false;
		};
		return acted ? Outcome.HANDLED : Outcome.IGNORED;
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
