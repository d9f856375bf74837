package org.latch.directory;

import org.jspecify.annotations.Nullable;

/**
 * Where a milk depot receives milk, in full: for donors its milk bank approved, and for
 * that bank's staff only, never for a public page (decision 12).
 */
public record DepotAddress(MilkPlaceId id, String name, @Nullable String streetAddress, String city,
		@Nullable String region, @Nullable String postalCode, String country, @Nullable String phone) {
}
