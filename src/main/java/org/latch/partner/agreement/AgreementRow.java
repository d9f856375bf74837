package org.latch.partner.agreement;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A partner in the administrators' list of agreements: where its latest agreement is.
 *
 * @param group none when no agreement was issued yet
 */
record AgreementRow(UUID partnerId, String legalName, @Nullable Group group, int term, @Nullable Instant endsAt) {

	/** The groups of the list, in the order shown: what waits for someone first. */
	enum Group {

		TO_COUNTERSIGN, TO_SIGN, RENEWAL_DUE, LAPSED, IN_FORCE;

		static Group of(Agreement latest, Instant now, AgreementManagement management) {
			return switch (latest.status()) {
				case AWAITING_COUNTERSIGNATURE -> TO_COUNTERSIGN;
				case AWAITING_SIGNATURE -> TO_SIGN;
				case COUNTERSIGNED -> (latest.endsAt() != null && !latest.endsAt().isAfter(now)) ? LAPSED
						: management.renewable(latest, now) ? RENEWAL_DUE : IN_FORCE;
			};
		}

	}

}
