package org.latch.partner.benefit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A partner's ledger as its signatory and the platform's staff read it: what the
 * agreement grants now, and what the partner offers in return.
 *
 * @param termEndsAt the end of the term in force; none when no agreement is in force
 * @param boardLanguages the native names of the languages of the discussion boards it may
 * join
 * @param staff the reader is a platform administrator (decides requests, sets statuses)
 */
record LedgerPage(UUID partnerId, String legalName, int term, @Nullable Instant termEndsAt, List<CodeView> codes,
		String boardLanguages, List<Invitation> invitations, List<PromotionView> promotions,
		List<ObligationView> obligations, boolean signatory, boolean staff) {

	boolean inForce() {
		return this.termEndsAt != null;
	}

	/** A leadership meeting the partner was invited to. */
	record Invitation(String title, Instant startsAt, String zone, String localTime, String link, boolean past) {
	}

	/** A promotion request with its decision. */
	record PromotionView(UUID id, Promotion.Kind kind, String title, String link, LocalDate day, String summary,
			Promotion.Status status, Instant submittedAt, @Nullable String reason) {
	}

	/** An obligation the partner offered, with its status. */
	record ObligationView(UUID id, Obligation.Kind kind, String details, String languages, Obligation.Status status,
			Instant offeredAt, @Nullable Instant changedAt) {
	}

}
