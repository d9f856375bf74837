package org.latch.directory;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A likely time zone for a new group's first meeting, from its country; the editor can
 * always choose another. Countries with several zones get their most populous one.
 */
final class ZoneGuess {

	private static final Map<String, String> BY_COUNTRY = Map.ofEntries(Map.entry("US", "America/New_York"),
			Map.entry("PR", "America/Puerto_Rico"), Map.entry("VI", "America/St_Thomas"),
			Map.entry("BR", "America/Sao_Paulo"), Map.entry("HT", "America/Port-au-Prince"),
			Map.entry("DO", "America/Santo_Domingo"), Map.entry("JM", "America/Jamaica"),
			Map.entry("CU", "America/Havana"), Map.entry("TT", "America/Port_of_Spain"),
			Map.entry("BB", "America/Barbados"), Map.entry("BS", "America/Nassau"),
			Map.entry("MX", "America/Mexico_City"), Map.entry("CA", "America/Toronto"), Map.entry("FR", "Europe/Paris"),
			Map.entry("ES", "Europe/Madrid"), Map.entry("PT", "Europe/Lisbon"), Map.entry("GB", "Europe/London"),
			Map.entry("GP", "America/Guadeloupe"), Map.entry("MQ", "America/Martinique"),
			Map.entry("AR", "America/Argentina/Buenos_Aires"), Map.entry("CO", "America/Bogota"));

	private ZoneGuess() {
	}

	static String forCountry(@Nullable String country) {
		return country == null ? "UTC" : BY_COUNTRY.getOrDefault(country, "UTC");
	}

}
