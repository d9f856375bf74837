package org.latch.directory;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * The "find support" search as typed, every field optional. Numbers and choices stay text
 * so that nonsense in the address bar gives a page, not an error: unknown values are
 * ignored.
 */
record FindForm(@Nullable String near, @Nullable String radius, @Nullable String unit, @Nullable String language,
		@Nullable String mode, @Nullable String q, @Nullable List<String> day, @Nullable String time,
		@Nullable String audience, @Nullable String org, @Nullable String page) {

	static final int[] RADII = { 5, 10, 25, 50, 100 };

	static final int DEFAULT_RADIUS = 25;

	/**
	 * The form from the query string: read directly rather than through Spring's
	 * constructor binding, which cost a seventh of each search page.
	 */
	static FindForm of(MultiValueMap<String, String> query) {
		return new FindForm(query.getFirst("near"), query.getFirst("radius"), query.getFirst("unit"),
				query.getFirst("language"), query.getFirst("mode"), query.getFirst("q"), query.get("day"),
				query.getFirst("time"), query.getFirst("audience"), query.getFirst("org"), query.getFirst("page"));
	}

	String nearText() {
		return text(this.near);
	}

	String qText() {
		return text(this.q);
	}

	/** The radius in the form's unit, as typed or the default. */
	int radiusValue() {
		return number(this.radius, DEFAULT_RADIUS);
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

	Set<DayOfWeek> days() {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		if (this.day != null) {
			for (String value : this.day) {
				parse(DayOfWeek.class, value).ifPresent(days::add);
			}
		}
		return days;
	}

	@Nullable TimeOfDay timeOfDay() {
		return parse(TimeOfDay.class, this.time).orElse(null);
	}

	@Nullable Audience audienceChoice() {
		return parse(Audience.class, this.audience).orElse(null);
	}

	@Nullable UnitId organization() {
		try {
			return (this.org == null || this.org.isBlank()) ? null : new UnitId(UUID.fromString(this.org.strip()));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static <E extends Enum<E>> java.util.Optional<E> parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
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
