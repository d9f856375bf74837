package org.latch.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A Leader's changes to their public profile, already validated by the form: blank
 * optional values are {@code null}.
 */
public record LeaderProfileInput(String displayName, List<String> languages, @Nullable String about,
		@Nullable String publicEmail, @Nullable String publicPhone, boolean listed) {

	public LeaderProfileInput {
		languages = List.copyOf(languages);
	}

}
