package org.latch.platform;

import java.util.List;
import java.util.Optional;

/**
 * How pages name feeding a baby. Families choose; organizations set a default. Every
 * value has a message key per language ({@code terminology.<name>.noun}).
 */
public enum Terminology {

	BREASTFEEDING, CHESTFEEDING, NURSING, HUMAN_MILK_FEEDING;

	private final String key = name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');

	public String key() {
		return this.key;
	}

	public static Optional<Terminology> fromKey(String key) {
		for (Terminology terminology : ALL) {
			if (terminology.key().equals(key)) {
				return Optional.of(terminology);
			}
		}
		return Optional.empty();
	}

	/** {@code values()} copies the array on every call; every page asks. */
	private static final List<Terminology> ALL = List.of(values());

}
