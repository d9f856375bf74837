package org.latch.partner;

/**
 * How a register entry reads on a given day: its status, and for an approval whether it
 * is still current.
 */
enum SponsorState {

	/** Sent, never approved yet. */
	WAITING,
	/** Sent again while its approval is still current: shown until the decision. */
	RENEWAL,
	/** Approved and not yet expired: shown. */
	CURRENT,
	/** Approved, but its expiry date has come: no longer shown. */
	EXPIRED, REJECTED, SUSPENDED;

	static SponsorState of(Sponsor sponsor, java.time.LocalDate today) {
		return switch (sponsor.status()) {
			case SUBMITTED -> sponsor.currentOn(today) ? RENEWAL : WAITING;
			case APPROVED -> sponsor.currentOn(today) ? CURRENT : EXPIRED;
			case REJECTED -> REJECTED;
			case SUSPENDED -> SUSPENDED;
		};
	}

	boolean shown() {
		return this == CURRENT || this == RENEWAL;
	}

}
