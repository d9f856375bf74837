package org.latch.partner;

import java.util.UUID;

/**
 * An organization's application was approved: it is now a partner and listed.
 *
 * @param partner the partner, the id of its application
 * @param applicant the account of the person who applied for the organization
 */
public record PartnerApproved(PartnerId partner, UUID applicant) {
}
