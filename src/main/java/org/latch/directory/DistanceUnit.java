package org.latch.directory;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Kilometres, or miles where people measure road distances in miles. */
enum DistanceUnit {

	KM("km", 1.0), MI("mi", 1.609344);

	/** Countries and territories whose road signs are in miles. */
	private static final Set<String> MILES = Set.of("US", "PR", "VI", "GU", "AS", "MP", "GB", "LR", "MM");

	private final String value;

	private final String distanceKey;

	private final String radiusKey;

	private final double km;

	DistanceUnit(String value, double km) {
		this.value = value;
		this.distanceKey = "find.distance." + value;
		this.radiusKey = "find.radius.option." + value;
		this.km = km;
	}

	static @Nullable DistanceUnit of(@Nullable String value) {
		if (value == null) {
			return null;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "km" -> KM;
			case "mi" -> MI;
			default -> null;
		};
	}

	/** Miles for a visitor from, or a place in, a country that uses them. */
	static DistanceUnit forCountry(@Nullable String country) {
		return (country != null && MILES.contains(country.toUpperCase(Locale.ROOT))) ? MI : KM;
	}

	int toKm(int amount) {
		return (int) Math.round(amount * this.km);
	}

	double fromKm(double kilometres) {
		return kilometres / this.km;
	}

	String value() {
		return this.value;
	}

	/** The message key of a distance in this unit ("12.3 miles away"). */
	String distanceKey() {
		return this.distanceKey;
	}

	/** The message key of a radius choice in this unit ("within 10 miles"). */
	String radiusKey() {
		return this.radiusKey;
	}

}
