package org.latch.calendar;

import java.util.Optional;
import java.util.UUID;

/** Reading checked values out of form text: nothing that does not parse gets through. */
final class FormValues {

	private FormValues() {
	}

	static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** A whole number from {@code min} to {@code max}, written with digits only. */
	static Optional<Integer> whole(String text, int min, int max) {
		String digits = text.strip();
		if (!digits.matches("\\d{1,9}")) {
			return Optional.empty();
		}
		int value = Integer.parseInt(digits);
		return (value < min || value > max) ? Optional.empty() : Optional.of(value);
	}

	/**
	 * Whether the text is within {@code max} characters and has no control characters.
	 */
	static boolean plain(String text, int max) {
		return text.length() <= max
				&& text.codePoints().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
	}

}
