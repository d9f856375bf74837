package org.latch.partner;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A partner as the public directory shows it: nothing about the people behind the
 * application, only what the organization says of itself.
 */
record PartnerCard(UUID id, String legalName, PartnerLevel level, String countryCode, String country, String region,
		List<String> languageTags, String languages, @Nullable String website, String mission) {
}
