package org.latch.calendar;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who registered, as far as other modules need it: the name they want shown, the language
 * to write to them in, where they walk (a site, or virtual when null) and with which
 * team, where the registration stands, the fee it owes (only while confirmed at a site
 * with a fee) and its reference. Their email stays in this module.
 */
public record Registrant(UUID id, UUID campaign, @Nullable UUID site, @Nullable UUID team, String displayName,
		String language, RegistrationStatus status, @Nullable Integer feeOwedCents, String reference) {

	public boolean confirmed() {
		return this.status == RegistrationStatus.CONFIRMED;
	}

	public boolean cancelled() {
		return this.status == RegistrationStatus.CANCELLED;
	}

	/** Whether the registration owes a fee now: confirmed at a site with a fee. */
	public boolean owesFee() {
		return confirmed() && this.feeOwedCents != null && this.feeOwedCents > 0;
	}

}
