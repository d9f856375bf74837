package org.latch.partner;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A current sponsor or exhibitor as the public register shows it. */
record SponsorCard(UUID id, String name, String country, @Nullable String website, SponsorRole role,
		List<ProductCategory> products, String description, LocalDate expiresOn) {
}
