package org.latch.partner;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.latch.geo.GeoPoint;

/**
 * A partner as the public directory shows it: nothing about the people behind the
 * application, only what the organization says of itself.
 */
record PartnerCard(UUID id, String legalName, PartnerLevel level, String countryCode, String country, String region,
		List<String> languageTags, String languages, @Nullable String website, String mission,
		@Nullable GeoPoint point) {

	/** Degrees to three decimals (about 100 m) for the map, or empty without a point. */
	String latitude() {
		return (this.point == null) ? "" : String.format(java.util.Locale.ROOT, "%.3f", this.point.latitude());
	}

	String longitude() {
		return (this.point == null) ? "" : String.format(java.util.Locale.ROOT, "%.3f", this.point.longitude());
	}

}
