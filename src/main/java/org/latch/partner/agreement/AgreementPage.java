package org.latch.partner.agreement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.latch.partner.agreement.AgreementStep.Action;

/**
 * A partner's agreements as its signatory and the platform's administrators read them:
 * where the partnership stands, the latest agreement with what this reader may do with
 * it, the earlier terms and the audit trail.
 *
 * @param standing the partnership: not in force yet, in force, or lapsed
 * @param standingSince the end of the term in force, or the day it lapsed
 * @param current the latest agreement, none before the first is issued
 */
record AgreementPage(UUID partnerId, String legalName, Standing standing, @Nullable Instant standingSince,
		@Nullable AgreementView current, List<AgreementView> earlier, List<HistoryEntry> history, Actions actions,
		@Nullable Instant renewalUntil) {

	/** Where the partnership stands. */
	enum Standing {

		NOT_YET, IN_FORCE, LAPSED

	}

	/** What the reader may do now. */
	record Actions(boolean signatory, boolean reviewer, boolean sign, boolean countersign, boolean issue,
			boolean renew) {
	}

	/** One step of the audit trail, with its actor's name as it is now. */
	record HistoryEntry(Instant at, @Nullable String actor, Action action, int term, @Nullable String typedName,
			@Nullable String address, @Nullable String documentSha256, @Nullable String note) {
	}

}
