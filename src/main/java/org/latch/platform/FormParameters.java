package org.latch.platform;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads a submitted form's parameters as text, never null. */
public final class FormParameters {

	private FormParameters() {
	}

	/** The first value of {@code name}, or empty text. */
	public static String one(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return values == null || values.length == 0 ? "" : Objects.requireNonNullElse(values[0], "");
	}

	/** Every value of {@code name}, in order. */
	public static List<String> all(Map<String, String[]> parameters, String name) {
		return List.of(parameters.getOrDefault(name, new String[0]));
	}

}
