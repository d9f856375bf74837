package org.latch.directory;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.latch.geo.GeoPoint;

/**
 * The query parameters of the HSDS list endpoints, understood and checked, applied
 * together (a boolean AND, as the HSDS API reference requires) by the index of meetings
 * ({@link HsdsDirectory}).
 *
 * @param words folded search words: every one must appear in the service's names or
 * descriptions (in any language), ignoring case and accents
 * @param near the centroid of {@code postcode}: only meetings at a place, nearest first
 * @param proximityMeters how far from {@code near} a place may be, or no limit
 */
record HsdsFilter(List<String> words, @Nullable GeoPoint near, @Nullable Double proximityMeters,
		@Nullable UUID taxonomyTermId, @Nullable UUID taxonomyId, @Nullable UUID organizationId,
		@Nullable Instant modifiedAfter) {

	static final HsdsFilter NONE = new HsdsFilter(List.of(), null, null, null, null, null, null);

	static List<String> words(@Nullable String search) {
		return (search == null) ? List.of()
				: Arrays.stream(search.strip().split("\\s+")).filter(word -> !word.isEmpty()).toList();
	}

	/** Metres from {@code near} to the entry's place, when both are known. */
	@Nullable Double distanceMeters(HsdsEntry entry) {
		GeoPoint place = entry.group().point();
		return (this.near == null || place == null || !entry.hasLocation()) ? null : this.near.distanceKm(place) * 1000;
	}

}
