package org.latch.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * How pages name feeding a baby. Families choose; organizations set a default. Every
 * value has a message key per language ({@code terminology.<name>.noun}).
 */
public enum Terminology {

	BREASTFEEDING, CHESTFEEDING, NURSING, HUMAN_MILK_FEEDING;

	public String key() {
		return name().toLowerCase().replace('_', '-');
	}

	public static Optional<Terminology> fromKey(String key) {
		return Arrays.stream(values()).filter(t -> t.key().equals(key)).findFirst();
	}

}
