package org.latch.directory;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a unit tells the public beyond its name and town: street address and postal code
 * of the place it meets, how to reach it, and a description per language (BCP 47 tag to
 * text).
 */
public record UnitProfile(@Nullable String streetAddress, @Nullable String postalCode, @Nullable String email,
		@Nullable String phone, @Nullable String website, Map<String, String> descriptions) {

	public static final UnitProfile EMPTY = new UnitProfile(null, null, null, null, null, Map.of());

	public UnitProfile {
		descriptions = Map.copyOf(descriptions);
	}

	/**
	 * The description in {@code language}, else in the first of {@code fallbacks} that
	 * has one.
	 */
	public @Nullable String description(String language, java.util.List<String> fallbacks) {
		String found = this.descriptions.get(language);
		for (int i = 0; found == null && i < fallbacks.size(); i++) {
			found = this.descriptions.get(fallbacks.get(i));
		}
		return found;
	}

}
