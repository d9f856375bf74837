package org.latch.directory;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.latch.geo.GeoManagement;
import org.latch.geo.GeoPoint;

/**
 * Reads the query parameters of the HSDS API as typed: every value is checked and a bad
 * one is a {@link HsdsBadQuery} naming the parameter, never a server error.
 */
final class HsdsParameters {

	static final int DEFAULT_PER_PAGE = 50;

	static final int MAX_PER_PAGE = 100;

	/** Half the Earth's circumference: every place is closer than this. */
	static final double MAX_PROXIMITY_METERS = 20_040_000;

	/** Longer search text finds nothing useful and would only cost time. */
	static final int MAX_SEARCH = 200;

	private HsdsParameters() {
	}

	static int page(@Nullable String value) {
		return number("page", value, 1, Integer.MAX_VALUE, 1);
	}

	static int perPage(@Nullable String value) {
		return number("per_page", value, DEFAULT_PER_PAGE, MAX_PER_PAGE, 1);
	}

	static @Nullable String search(@Nullable String value) {
		if (value != null && value.length() > MAX_SEARCH) {
			throw new HsdsBadQuery("search must be at most " + MAX_SEARCH + " characters long.");
		}
		return value;
	}

	static int number(String name, @Nullable String value, int fallback, int max, int min) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below like any other out-of-range value
		}
		throw new HsdsBadQuery(name + " must be a whole number from " + min + " to " + max + ".");
	}

	static @Nullable Instant instant(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new HsdsBadQuery(
					"modified_after must be an ISO 8601 date-time with an offset, such as 2025-01-31T00:00:00Z.");
		}
	}

	/**
	 * An id given to filter by: a malformed one is a mistake, an unknown one finds
	 * nothing.
	 */
	static @Nullable UUID filterId(String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return id(value.strip()).orElseThrow(() -> new HsdsBadQuery(name + " must be a UUID."));
	}

	/** An id in a path: anything but a UUID names nothing, like an unknown id. */
	static Optional<UUID> id(String value) {
		try {
			return (value.length() == 36) ? Optional.of(UUID.fromString(value)) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	static @Nullable Boolean bool(String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return switch (value.strip()) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new HsdsBadQuery(name + " must be true or false.");
		};
	}

	/**
	 * The centroid of {@code postcode} (a US ZIP code or a place name) and the distance
	 * in metres that {@code proximity} allows around it.
	 */
	static Near near(GeoManagement geo, @Nullable String postcode, @Nullable String proximity) {
		boolean hasPostcode = postcode != null && !postcode.isBlank();
		if (!hasPostcode) {
			if (proximity != null && !proximity.isBlank()) {
				throw new HsdsBadQuery("proximity needs a postcode to measure from.");
			}
			return new Near(null, null);
		}
		GeoPoint point = geo.locate(postcode)
			.orElseThrow(() -> new HsdsBadQuery(
					"postcode is neither a known US ZIP code nor a known place name, such as 10001 or São Paulo."));
		return new Near(point, meters(proximity));
	}

	private static @Nullable Double meters(@Nullable String proximity) {
		if (proximity == null || proximity.isBlank()) {
			return null;
		}
		try {
			double meters = Double.parseDouble(proximity.strip());
			if (meters > 0 && meters <= MAX_PROXIMITY_METERS) {
				return meters;
			}
		}
		catch (NumberFormatException ex) {
			// reported below like any other out-of-range value
		}
		throw new HsdsBadQuery(
				"proximity must be a distance in meters, more than 0 and at most " + (long) MAX_PROXIMITY_METERS + ".");
	}

	/** Where to measure from and how far to look; both absent without a postcode. */
	record Near(@Nullable GeoPoint point, @Nullable Double meters) {

	}

}
