package org.latch.geo;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "42.36,-71.06", "42.36, -71.06" or "42.36 -71.06": latitude then longitude, in
 * decimal degrees.
 */
final class Coordinates {

	private static final Pattern PAIR = Pattern
		.compile("([+-]?\\d{1,3}(?:\\.\\d{1,15})?)\\s*(?:,|\\s)\\s*([+-]?\\d{1,3}(?:\\.\\d{1,15})?)");

	private Coordinates() {
	}

	/** True when the text has the shape of a coordinate pair, in range or not. */
	static boolean looksLikePair(String text) {
		return PAIR.matcher(text).matches();
	}

	/** The point, when the text is a pair of numbers and both are in range. */
	static Optional<GeoPoint> parse(String text) {
		Matcher pair = PAIR.matcher(text);
		if (!pair.matches()) {
			return Optional.empty();
		}
		double latitude = Double.parseDouble(pair.group(1));
		double longitude = Double.parseDouble(pair.group(2));
		return GeoPoint.isValid(latitude, longitude) ? Optional.of(new GeoPoint(latitude, longitude))
				: Optional.empty();
	}

}
