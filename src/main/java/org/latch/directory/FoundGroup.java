package org.latch.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.latch.geo.GeoPoint;

/**
 * A group in search results; {@code distanceKm} is set for groups meeting in person when
 * the search had a point, {@code point} when the group has a place (for the map), and
 * {@code next} is its next meeting, in the group's zone.
 */
public record FoundGroup(UnitId id, String slug, String name, @Nullable String city, @Nullable String country,
		boolean online, @Nullable Double distanceKm, List<String> languages, @Nullable GeoPoint point,
		@Nullable Occurrence next) {
}
