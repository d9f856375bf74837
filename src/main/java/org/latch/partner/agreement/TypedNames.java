package org.latch.partner.agreement;

import java.text.Normalizer;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A name typed as a signature: 2 to 100 characters once spaces are tidied, with at least
 * one letter, and no invisible characters (controls, direction overrides) that would make
 * the name read differently from what is stored.
 */
final class TypedNames {

	static final int MAX = 100;

	private TypedNames() {
	}

	static Optional<String> check(@Nullable String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String name = Normalizer.normalize(typed, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
		if (name.length() < 2 || name.length() > MAX || name.codePoints().noneMatch(Character::isLetter)) {
			return Optional.empty();
		}
		boolean hidden = name.codePoints().anyMatch(c -> switch (Character.getType(c)) {
			case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
					Character.UNASSIGNED ->
				true;
			default -> false;
		});
		return hidden ? Optional.empty() : Optional.of(name);
	}

}
