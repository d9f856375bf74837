package org.latch.partner.agreement;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One agreement as its pages show it: the document (and signed copy) with their hashes
 * and sizes, both signatures and the term.
 *
 * @param translation the language of the translation after the English text, if any
 */
record AgreementView(UUID id, int term, AgreementStatus status, String templateVersion, @Nullable String translation,
		Instant issuedAt, UUID documentId, String documentSha256, int documentSize, @Nullable Signed signature,
		@Nullable Signed countersignature, @Nullable UUID signedCopyId, @Nullable String signedCopySha256,
		int signedCopySize, @Nullable Instant startsAt, @Nullable Instant endsAt) {

	/** A signature given: the typed name, when, and the network address it came from. */
	record Signed(String name, Instant at, String address) {
	}

	static long kilobytes(int size) {
		return Math.max(1, (size + 1023) / 1024);
	}

}
