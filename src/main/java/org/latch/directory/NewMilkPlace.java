package org.latch.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A milk bank or depot to add. A depot names the bank it sends milk to; its street
 * address is kept for donors the bank approves and never shown publicly.
 */
public record NewMilkPlace(MilkPlaceKind kind, @Nullable UnitId unit, @Nullable MilkPlaceId bank, String name,
		@Nullable String streetAddress, String city, @Nullable String region, @Nullable String postalCode,
		String country, double latitude, double longitude, @Nullable String phone, @Nullable String website,
		List<String> languages) {
}
