package org.latch.geo;

import java.util.Locale;

/**
 * What follows a comma in "Portland, ME", "Paris, FR" or "São Paulo, Brazil": a country
 * code or name, a US state code or name, or a GeoNames first-level division code. A
 * partial qualifier ("Portland, Or") is one still being typed and matches by prefix.
 */
final class Qualifier {

	private final String key;

	private final boolean partial;

	private Qualifier(String key, boolean partial) {
		this.key = key;
		this.partial = partial;
	}

	static Qualifier exact(String text) {
		return new Qualifier(NameKey.of(text), false);
	}

	static Qualifier partial(String text) {
		return new Qualifier(NameKey.of(text), true);
	}

	boolean isEmpty() {
		return this.key.isEmpty();
	}

	/** True when a place in this country and first-level division fits the qualifier. */
	boolean matches(String country, String admin1) {
		if (accepts(country.toLowerCase(Locale.ROOT))
				|| (!admin1.isEmpty() && accepts(admin1.toLowerCase(Locale.ROOT)))) {
			return true;
		}
		if ("US".equals(country) && UsState.ofCode(admin1).filter(state -> accepts(state.key())).isPresent()) {
			return true;
		}
		return CountryNames.of(country).stream().anyMatch(this::accepts);
	}

	private boolean accepts(String candidate) {
		return this.partial ? candidate.startsWith(this.key) : candidate.equals(this.key);
	}

}
