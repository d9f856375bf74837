package org.latch.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What other modules and pages may read about an organization unit. */
public record UnitView(UnitId id, @Nullable UnitId parentId, UnitKind kind, String slug, String name,
		@Nullable String country, @Nullable String city, boolean online, List<String> languages, int depth) {
}
