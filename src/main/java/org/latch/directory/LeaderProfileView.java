package org.latch.directory;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A Leader's public profile, as the Leader set it. */
public record LeaderProfileView(UUID personId, String displayName, List<String> languages, @Nullable String about,
		@Nullable String publicEmail, @Nullable String publicPhone, boolean listed, List<UnitId> groups) {
}
