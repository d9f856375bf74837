package org.latch.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A unit to add to the network, e.g. from demo data or an import. */
public record NewUnit(@Nullable UnitId parentId, UnitKind kind, String slug, String name, @Nullable String country,
		@Nullable String region, @Nullable String city, @Nullable Double latitude, @Nullable Double longitude,
		boolean online, List<String> languages) {
}
