package org.latch.fundraising;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.latch.platform.FormErrors;

/** Reading and checking the text fields of the fundraising forms. */
final class FormText {

	private FormText() {
	}

	/** The first value sent for the field, or empty text. */
	static String one(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return (values == null || values.length == 0 || values[0] == null) ? "" : values[0];
	}

	/**
	 * The text, stripped, when it has between {@code min} and {@code max} characters and
	 * no control characters but line breaks in {@code multiline} text; else the field's
	 * error.
	 */
	static Optional<String> check(String value, int min, int max, boolean multiline, String field, FormErrors errors) {
		String text = value.strip();
		boolean clean = text.codePoints()
			.allMatch(c -> !Character.isISOControl(c) || (multiline && (c == '\n' || c == '\r' || c == '\t')));
		if (text.length() < min) {
			errors.reject(field, "fund.error.required");
			return Optional.empty();
		}
		if (text.length() > max) {
			errors.reject(field, "fund.error.too-long");
			return Optional.empty();
		}
		if (!clean) {
			errors.reject(field, "fund.error.text");
			return Optional.empty();
		}
		return Optional.of(text);
	}

	/**
	 * A whole number from {@code min} to {@code max}; null for empty text, or with the
	 * field's error.
	 */
	static @Nullable Integer count(String value, int min, int max, String field, FormErrors errors) {
		String text = value.strip();
		if (text.isEmpty()) {
			return null;
		}
		if (!text.matches("\\d{1,7}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
			errors.reject(field, "fund.error.count");
			return null;
		}
		return Integer.valueOf(text);
	}

	/** An amount from {@code minCents} up to the maximum of {@link Money}. */
	static Optional<Long> money(String value, long minCents, String field, FormErrors errors) {
		Optional<Long> cents = Money.parse(value).filter(amount -> amount >= minCents);
		if (cents.isEmpty()) {
			errors.reject(field, value.isBlank() ? "fund.error.required" : "fund.error.amount");
		}
		return cents;
	}

}
