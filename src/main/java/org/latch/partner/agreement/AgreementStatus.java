package org.latch.partner.agreement;

/**
 * Where one agreement is: issued and waiting for the partner's signature, signed and
 * waiting for a platform administrator's, or countersigned (its term then runs between
 * its dates).
 */
enum AgreementStatus {

	AWAITING_SIGNATURE, AWAITING_COUNTERSIGNATURE, COUNTERSIGNED

}
