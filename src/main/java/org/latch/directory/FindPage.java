package org.latch.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the find page shows, ready to print: the form's chosen values and the result lists
 * ({@code null} when the search could not run).
 */
record FindPage(String near, String q, int radiusKm, String language, String mode, List<Option> radii,
		List<Option> languages, @Nullable Results results) {

	/**
	 * A choice in a select list; {@code label} is a message key or, with no key, text.
	 */
	record Option(String value, String label, boolean selected) {
	}

	record Results(List<Row> inPerson, long inPersonTotal, List<Row> online, long onlineTotal, boolean showInPerson,
			boolean showOnline, int page, @Nullable String previous, @Nullable String next) {
	}

	/** One group: distance and languages already formatted for the visitor. */
	record Row(String name, String place, @Nullable String distance, String languages) {
	}

}
