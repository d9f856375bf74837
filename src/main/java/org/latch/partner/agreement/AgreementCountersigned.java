package org.latch.partner.agreement;

/**
 * A platform administrator countersigned a partner's agreement: its term is agreed (ids,
 * numbers and dates only).
 */
public record AgreementCountersigned(AgreementTerm term) {
}
