package org.latch.partner;

import jakarta.persistence.Embeddable;

/**
 * An International Board Certified Lactation Consultant the organization counts, with
 * their IBLCE certification number (digits only, see {@link PartnerChecks#iblceNumber}).
 */
@Embeddable
public record Ibclc(String name, String iblceNumber) {
}
