package org.latch.fundraising;

/**
 * A beneficiary of a campaign as other modules (the demo) set it up: its share in basis
 * points (hundredths of a percent; all shares add up to 10,000).
 */
public record BeneficiaryShare(String name, String legalName, String taxWording, int shareBasisPoints) {
}
