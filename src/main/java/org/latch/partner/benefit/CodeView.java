package org.latch.partner.benefit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A benefit code as the ledger and the redeem page show it.
 *
 * @param code as typed back: prefix and groups of four
 * @param redeemedBy the name of who redeemed it, as it is now
 * @param standing REDEEMED, NOT_YET, VALID or EXPIRED
 */
record CodeView(String code, Benefit benefit, UUID partner, String legalName, int term, Instant validFrom,
		Instant validUntil, @Nullable Instant redeemedAt, @Nullable String redeemedBy, String standing) {

	/** Where a code stands at {@code now}, as a message key suffix. */
	static String standing(@Nullable Instant redeemedAt, Instant validFrom, Instant validUntil, Instant now) {
		if (redeemedAt != null) {
			return "REDEEMED";
		}
		if (now.isBefore(validFrom)) {
			return "NOT_YET";
		}
		return now.isBefore(validUntil) ? "VALID" : "EXPIRED";
	}

}
