package org.latch.directory;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text someone searches for, compared without regard to case or accents ("sao" finds
 * "São").
 */
final class SearchText {

	private final String folded;

	SearchText(String text) {
		this.folded = fold(text.strip());
	}

	/** True for blank searches, which match everything. */
	boolean isFoundIn(String text) {
		return this.folded.isEmpty() || fold(text).contains(this.folded);
	}

	private static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
	}

}
