package org.latch.partner;

/**
 * Where an entry of the sponsor register stands. Whether an approval is still current is
 * not a status: it follows from its expiry date and today's date.
 */
enum SponsorStatus {

	/** Waiting for a reviewer: new, or sent again with a fresh attestation. */
	SUBMITTED,
	/** Approved until its expiry date. */
	APPROVED,
	/** Refused, with the reason given. */
	REJECTED,
	/** An approval withdrawn before its expiry date, with the reason given. */
	SUSPENDED

}
