package org.latch.partner;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A sponsor or exhibitor that may be shown on a given day: approved in the WHO Code
 * register, not suspended, and not yet expired.
 *
 * @param id the register entry
 * @param name the organization's name
 * @param country its ISO 3166 country code
 * @param website its web address, if any
 * @param role whether it may be shown as a sponsor, an exhibitor, or both
 * @param expiresOn the first day it may no longer be shown
 */
public record CurrentSponsor(SponsorId id, String name, String country, @Nullable String website, SponsorRole role,
		LocalDate expiresOn) {
}
