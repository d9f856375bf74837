package org.latch.partner.agreement;

/** How an action on an agreement ended; anything but {@code DONE} changed nothing. */
enum AgreementOutcome {

	DONE,
	/** No such agreement, or not one this person may act on. */
	NOT_FOUND,
	/** The agreement is not where this action belongs (already signed, not yet due…). */
	NOT_NOW,
	/** Only a platform administrator may do this. */
	NOT_ALLOWED,
	/** Nobody countersigns an agreement they signed for their own organization. */
	OWN_AGREEMENT,
	/** The document was issued again since the signer was shown it. */
	DOCUMENT_CHANGED, NAME_NEEDED, CONSENT_NEEDED, ATTESTATION_NEEDED

}
