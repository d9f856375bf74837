package org.latch.partner.agreement;

import java.util.UUID;

/** The addresses of agreements. */
final class AgreementPaths {

	static final String LIST = "/partners/agreements";

	private AgreementPaths() {
	}

	/**
	 * A partner's agreements: the latest with its actions, earlier terms, the audit
	 * trail.
	 */
	static String partner(UUID partner) {
		return LIST + "/" + partner;
	}

	static String renewal(UUID partner) {
		return partner(partner) + "/renewal";
	}

	static String document(UUID partner, UUID document) {
		return partner(partner) + "/documents/" + document;
	}

	/** Issues a partner's first agreement, or its latest again while unsigned. */
	static String issue(UUID partner) {
		return partner(partner) + "/issue";
	}

	/** An action on one agreement: sign or countersign. */
	static String action(UUID partner, UUID agreement, String action) {
		return partner(partner) + "/" + agreement + "/" + action;
	}

}
