package org.latch.partner;

/**
 * The text a sponsor attests to. Its wording lives in the messages under
 * {@code code.attestation.<version>} in every language; a changed wording gets a new
 * version and the old one stays, so each entry shows exactly the text its signer saw.
 */
final class CodeAttestation {

	/** The version of the text new attestations are given under. */
	static final String CURRENT = "v1";

	private CodeAttestation() {
	}

	static String key(String version) {
		return "code.attestation." + version;
	}

}
