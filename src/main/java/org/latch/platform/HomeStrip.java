package org.latch.platform;

import java.util.List;

/**
 * A strip of figures on the home page, ready to show in the reader's language: a heading,
 * the figures, a note on how fresh they are and a link to more. Offered by a business
 * module through {@link HomeStrips}, so that the platform imports none.
 */
public record HomeStrip(String heading, List<Figure> figures, String note, String moreHref, String moreText) {

	/** One figure: the number as the reader writes numbers, and what it counts. */
	public record Figure(String number, String label) {
	}

}
