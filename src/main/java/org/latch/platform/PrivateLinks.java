package org.latch.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * Private links that are their own key (a family's help request, a milk donor's page):
 * 128 random bits in the address, only their SHA-256 hash in the database, so the
 * database alone leads to no page. And short references people can read aloud.
 */
public final class PrivateLinks {

	/** Letters and digits that cannot be mistaken for each other when read aloud. */
	private static final String REFERENCE_LETTERS = "ACDEFGHJKLMNPQRTUVWXY3479";

	private static final SecureRandom RANDOM = new SecureRandom();

	private PrivateLinks() {
	}

	/** A new secret: 128 random bits, URL-safe. */
	public static String newSecret() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether the text has the shape of a secret made by {@link #newSecret()}. */
	public static boolean isSecret(@Nullable String secret) {
		return secret != null && secret.matches("[A-Za-z0-9_-]{22}");
	}

	/** What the database keeps of a secret. */
	public static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A random reference such as {@code H-K4TQ7M}: the prefix, a hyphen, six letters. */
	public static String newReference(String prefix) {
		StringBuilder reference = new StringBuilder(prefix).append('-');
		for (int i = 0; i < 6; i++) {
			reference.append(REFERENCE_LETTERS.charAt(RANDOM.nextInt(REFERENCE_LETTERS.length())));
		}
		return reference.toString();
	}

}
