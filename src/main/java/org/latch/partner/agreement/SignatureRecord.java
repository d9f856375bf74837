package org.latch.partner.agreement;

import java.time.Instant;

/**
 * What the record page of a signed copy states: the document signed, both signatures and
 * the term they started.
 */
record SignatureRecord(String documentSha256, String signerName, String signerEmail, Instant signedAt,
		String signerAddress, String countersignerName, Instant countersignedAt, String countersignerAddress,
		Instant startsAt, Instant endsAt) {
}
