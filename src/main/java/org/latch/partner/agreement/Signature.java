package org.latch.partner.agreement;

/**
 * A signature as it is given: the name the signer typed, their consent, the network
 * address it came from and the SHA-256 of the document they were shown.
 */
public record Signature(String typedName, boolean consent, String address, String documentSha256) {

	/**
	 * Why this signature may not be given to the agreement: another state than
	 * {@code expected}, another document than the one it is now, no name or no consent;
	 * {@code DONE} when it may.
	 */
	AgreementOutcome refusal(Agreement agreement, AgreementStatus expected) {
		if (agreement.status() != expected) {
			return AgreementOutcome.NOT_NOW;
		}
		if (!agreement.documentSha256().equals(this.documentSha256)) {
			return AgreementOutcome.DOCUMENT_CHANGED;
		}
		if (TypedNames.check(this.typedName).isEmpty()) {
			return AgreementOutcome.NAME_NEEDED;
		}
		return this.consent ? AgreementOutcome.DONE : AgreementOutcome.CONSENT_NEEDED;
	}

	/** The address as stored: an IPv6 address is at most 45 characters. */
	String shortAddress() {
		String stripped = this.address.strip();
		return (stripped.length() > 45) ? stripped.substring(0, 45) : stripped;
	}

}
