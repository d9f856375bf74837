package org.latch.directory;

import org.jspecify.annotations.Nullable;

/**
 * The "find support" search as typed, every field optional. Numbers stay text so that
 * nonsense in the address bar gives a page, not an error.
 */
record FindForm(@Nullable String near, @Nullable String radius, @Nullable String language, @Nullable String mode,
		@Nullable String q, @Nullable String page) {

	static final int[] RADII = { 5, 10, 25, 50, 100 };

	String nearText() {
		return text(this.near);
	}

	String qText() {
		return text(this.q);
	}

	int radiusKm() {
		return number(this.radius, FindQuery.DEFAULT_RADIUS_KM);
	}

	int pageNumber() {
		return number(this.page, 1);
	}

	FindMode findMode() {
		if (this.mode == null) {
			return FindMode.ALL;
		}
		return switch (this.mode) {
			case "in-person" -> FindMode.IN_PERSON;
			case "online" -> FindMode.ONLINE;
			default -> FindMode.ALL;
		};
	}

	String modeValue() {
		return switch (findMode()) {
			case IN_PERSON -> "in-person";
			case ONLINE -> "online";
			case ALL -> "all";
		};
	}

	private static String text(@Nullable String value) {
		return (value == null) ? "" : value.strip();
	}

	private static int number(@Nullable String value, int otherwise) {
		try {
			return (value == null || value.isBlank()) ? otherwise : Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return otherwise;
		}
	}

}
