package org.latch.directory;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Names and encodings of the fields the HSDS API searches in the index of meetings (see
 * the {@code getHsds...} properties of {@link Meeting}, queried by
 * {@link HsdsDirectory}). Only standard field types (keyword, text, boolean, long, geo
 * point), so the Lucene and Elasticsearch backends map them alike.
 */
final class HsdsIndex {

	static final String NAME = "hsds_name";

	static final String ID_HIGH = "hsds_id_high";

	static final String ID_LOW = "hsds_id_low";

	static final String SERVICE_AT_LOCATION = "hsds_service_at_location";

	static final String TEXT = "hsds_text";

	static final String AT_LOCATION = "hsds_at_location";

	static final String PLACE = "hsds_place";

	static final String TERM = "hsds_term";

	static final String TAXONOMY = "hsds_taxonomy";

	static final String WITHIN = "hsds_within";

	static final String MODIFIED = "hsds_modified";

	private HsdsIndex() {
	}

	/**
	 * Microseconds since the epoch, rounded as PostgreSQL and H2 round a timestamp they
	 * store: the index then compares the very values the API shows.
	 */
	static long micros(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L),
				(instant.getNano() + 500L) / 1000);
	}

	/** The first microsecond at or after {@code instant}. */
	static long microsFrom(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L),
				(instant.getNano() + 999L) / 1000);
	}

	/**
	 * The runs of letters and digits of a search word, folded as the index folds text
	 * ("São-Paulo" gives "sao" and "paulo"): each must appear inside a word of the text.
	 */
	static List<String> pieces(String word) {
		String folded = Normalizer.normalize(word, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT);
		return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(piece -> !piece.isEmpty()).toList();
	}

}
