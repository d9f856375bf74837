package org.latch.partner;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** ISO 3166 countries, named in the reader's language by the JDK's own data. */
final class Countries {

	static final Set<String> CODES = Set.of(Locale.getISOCountries());

	private Countries() {
	}

	/** A country as a choice: its code and its name in the reader's language. */
	record Country(String code, String name) {
	}

	static List<Country> all(Locale reader) {
		Collator collator = Collator.getInstance(reader);
		return Stream.of(Locale.getISOCountries())
			.map(code -> new Country(code, name(code, reader)))
			.sorted(Comparator.comparing(Country::name, collator))
			.toList();
	}

	static String name(String code, Locale reader) {
		return Locale.of("", code).getDisplayCountry(reader);
	}

}
