package org.latch.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A group in search results; {@code distanceKm} is set for groups meeting in person when
 * the search had a point.
 */
public record FoundGroup(UnitId id, String name, @Nullable String city, @Nullable String country, boolean online,
		@Nullable Double distanceKm, List<String> languages) {
}
