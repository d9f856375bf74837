package org.latch.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the find page shows, ready to print: the form's choices and the result lists
 * ({@code null} when the search could not run).
 */
record FindPage(String near, String q, String unit, String mode, List<Option> radii, List<Option> languages,
		List<Option> days, List<Option> times, List<Option> audiences, OptionsHtml organizations, boolean filtered,
		List<Option> suggestions, @Nullable Results results, @Nullable MapView map, List<MilkRow> milk,
		List<CareRow> professionals) {

	/** A choice in a select list or a checkbox; {@code label} is already translated. */
	record Option(String value, String label, boolean selected) {
	}

	/** {@code inPersonCount} is the translated "Groups found: …" line. */
	record Results(List<Row> inPerson, String inPersonCount, List<Row> online, long onlineTotal, boolean showInPerson,
			boolean showOnline, int page, @Nullable String previous, @Nullable String next,
			@Nullable String widerSearch) {
	}

	/** One group: distance and languages already formatted for the visitor. */
	record Row(String name, String href, String place, @Nullable String distance, String languages,
			@Nullable String latitude, @Nullable String longitude, @Nullable String next) {
	}

	/**
	 * A milk bank (with its address) or depot (town only, and the bank that gives donors
	 * its address), formatted for the visitor.
	 */
	record MilkRow(String name, String kindKey, String place, @Nullable String distance, @Nullable String phone,
			@Nullable String phoneLink, @Nullable String website, String languages, @Nullable String bankName) {
	}

	/**
	 * A lactation consultant or doctor, formatted for the visitor; {@code iblceNumber}
	 * for an IBCLC, to check in IBLCE's registry.
	 */
	record CareRow(String name, String kindKey, @Nullable String credentials, @Nullable String practice, String place,
			@Nullable String distance, @Nullable String phone, @Nullable String phoneLink, @Nullable String website,
			String languages, @Nullable String iblceNumber, boolean telehealth) {
	}

	/** The map of in-person results: the searched point, and tiles only if configured. */
	record MapView(String latitude, String longitude, String radiusMetres, @Nullable String tiles,
			@Nullable String attribution) {
	}

}
