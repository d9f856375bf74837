package org.latch.geo;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * What people call each country, as {@link NameKey}s: the ISO 3166 alpha-3 code and the
 * country's name in the languages of Latch's pages (from the JDK's own locale data), plus
 * a few everyday names the JDK does not list ("USA", "UK", "England", "Ayiti").
 */
final class CountryNames {

	private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.of("es"), Locale.of("pt"),
			Locale.FRENCH, Locale.GERMAN);

	private static final Map<String, List<String>> EVERYDAY = Map.of("US",
			List.of("usa", "us a", "united states of america", "america", "eeuu", "eua"), "GB",
			List.of("uk", "great britain", "britain", "england", "scotland", "wales", "northern ireland"), "HT",
			List.of("ayiti"));

	private static final Map<String, List<String>> KEYS = build();

	private CountryNames() {
	}

	/**
	 * The names of the country with this ISO 3166 alpha-2 code; empty for unknown codes.
	 */
	static List<String> of(String country) {
		return KEYS.getOrDefault(country, List.of());
	}

	private static Map<String, List<String>> build() {
		Map<String, List<String>> keys = new HashMap<>();
		for (String country : Locale.getISOCountries()) {
			Locale place = Locale.of("", country);
			Set<String> names = new LinkedHashSet<>();
			for (Locale language : LANGUAGES) {
				names.add(NameKey.of(place.getDisplayCountry(language)));
			}
			try {
				names.add(place.getISO3Country().toLowerCase(Locale.ROOT));
			}
			catch (MissingResourceException ex) {
				// a code without an alpha-3 form is still found by its names
			}
			names.addAll(EVERYDAY.getOrDefault(country, List.of()));
			names.remove("");
			keys.put(country, List.copyOf(names));
		}
		return Map.copyOf(keys);
	}

}
