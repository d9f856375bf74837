package org.latch.partner;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Who the organization is, as checked from the first step of the Partner Profile.
 *
 * @param country ISO 3166 alpha-2 code
 * @param languages language tags of the languages the organization works in
 */
public record OrganizationDetails(String legalName, String country, String region, PartnerLevel level,
		List<String> languages, @Nullable String website, String mission) {

	public OrganizationDetails {
		languages = List.copyOf(languages);
	}

}
