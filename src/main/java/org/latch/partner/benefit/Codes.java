package org.latch.partner.benefit;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Benefit codes: 12 characters from an alphabet without look-alikes (no 0, O, 1, I, L or
 * U), drawn from a cryptographic random generator, about 59 bits. Shown in groups of four
 * after the benefit's prefix ({@code CONF-7KQ2-MX4P-9HTA}); read back ignoring case,
 * spaces, hyphens and the prefix.
 */
final class Codes {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

	static final int LENGTH = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Codes() {
	}

	static String next() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The code as shown: the benefit's prefix and three groups of four. */
	static String shown(Benefit benefit, String code) {
		return benefit.prefix() + "-" + code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
	}

	/**
	 * The code someone typed, as stored; empty when it cannot be a code (so no lookup is
	 * spent on it).
	 */
	static Optional<String> read(@Nullable String typed) {
		if (typed == null || typed.length() > 40) {
			return Optional.empty();
		}
		String text = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
		for (Benefit benefit : Benefit.values()) {
			if (text.startsWith(benefit.prefix()) && text.length() == benefit.prefix().length() + LENGTH) {
				text = text.substring(benefit.prefix().length());
			}
		}
		if (text.length() != LENGTH || text.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
			return Optional.empty();
		}
		return Optional.of(text);
	}

}
