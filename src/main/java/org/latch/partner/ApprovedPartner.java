package org.latch.partner;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An approved partner as its agreement names it.
 *
 * @param signatory the account that applied for the organization, which signs for it
 * @param pledgedAt when the application's pledge to the International Code was given
 * (none when the program does not ask for one)
 * @param approvedBy the reviewer who approved the application
 */
public record ApprovedPartner(PartnerId id, UUID signatory, OrganizationDetails organization, String registrationNumber,
		@Nullable Instant pledgedAt, Instant approvedAt, UUID approvedBy) {
}
