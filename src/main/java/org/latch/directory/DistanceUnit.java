package org.latch.directory;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Kilometres, or miles where people measure road distances in miles. */
enum DistanceUnit {

	KM(1.0), MI(1.609344);

	/** Countries and territories whose road signs are in miles. */
	private static final Set<String> MILES = Set.of("US", "PR", "VI", "GU", "AS", "MP", "GB", "LR", "MM");

	private final double km;

	DistanceUnit(double km) {
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
		return name().toLowerCase(Locale.ROOT);
	}

}
