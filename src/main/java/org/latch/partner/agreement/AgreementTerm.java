package org.latch.partner.agreement;

import java.time.Instant;
import java.util.UUID;

import org.latch.partner.PartnerId;

/**
 * One countersigned yearly term of a partner's agreement: what the program's benefits are
 * granted for.
 *
 * @param agreement the agreement's id
 * @param term the term's number, 1 for the first year
 * @param startsAt when the term starts (the countersignature, or the end of the term it
 * renews)
 * @param endsAt when it ends, a year later
 */
public record AgreementTerm(PartnerId partner, UUID agreement, int term, Instant startsAt, Instant endsAt) {

	/** True while the term runs at {@code now}. */
	public boolean runsAt(Instant now) {
		return !this.startsAt.isAfter(now) && this.endsAt.isAfter(now);
	}

}
