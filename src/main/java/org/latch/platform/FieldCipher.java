package org.latch.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypts personal and health details field by field (AES-256-GCM). Each value carries
 * the id of the key that encrypted it ({@code k2:…}), so keys can be rotated: the first
 * key of the ring encrypts, every key of the ring decrypts, and each module re-encrypts
 * its old values with the current key. The field's name is bound to the ciphertext as
 * associated data, so a value copied into another column does not decrypt. Each module
 * keeps its own ring.
 */
public final class FieldCipher {

	private static final Logger log = LoggerFactory.getLogger(FieldCipher.class);

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String currentId;

	private final Map<String, SecretKey> keys;

	private FieldCipher(String currentId, Map<String, SecretKey> keys) {
		this.currentId = currentId;
		this.keys = keys;
	}

	/**
	 * A key ring written as {@code id:base64-key,id:base64-key}, the current key first;
	 * each key 32 bytes.
	 */
	public static FieldCipher of(String ring) {
		Map<String, SecretKey> keys = new LinkedHashMap<>();
		for (String entry : ring.split(",")) {
			String[] parts = entry.strip().split(":", 2);
			if (parts.length != 2 || !parts[0].matches("[a-zA-Z0-9_-]{1,20}")) {
				throw new IllegalArgumentException("Key ring: expected id:base64-key entries");
			}
			byte[] key = Base64.getDecoder().decode(parts[1].strip());
			if (key.length != 32) {
				throw new IllegalArgumentException("Key ring: key " + parts[0] + " is not 32 bytes");
			}
			if (keys.putIfAbsent(parts[0], new SecretKeySpec(key, "AES")) != null) {
				throw new IllegalArgumentException("Key ring: key id " + parts[0] + " appears twice");
			}
		}
		return new FieldCipher(keys.keySet().iterator().next(), Map.copyOf(keys));
	}

	/**
	 * The configured ring or, when {@code ring} is blank, the ring kept in {@code file},
	 * made with one new key on first start and readable by its owner only, so a demo runs
	 * with no setup; production configures {@code setting} and keeps the ring apart from
	 * backups of the database.
	 */
	public static FieldCipher load(String ring, Path file, String setting) {
		if (!ring.isBlank()) {
			return of(ring);
		}
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				Files.writeString(file, "k1:" + newKey(), StandardCharsets.US_ASCII);
				try {
					Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
				}
				catch (UnsupportedOperationException ex) {
					// Not a POSIX file system: the directory's own permissions apply.
				}
				log.warn("No {} configured: made a key in {}. Configure it in production.", setting, file);
			}
			return of(Files.readString(file, StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A new random key, base64-encoded, for a key ring. */
	public static String newKey() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	public @Nullable String encrypt(String field, @Nullable String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] iv = new byte[IV_BYTES];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.get(this.currentId), new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[IV_BYTES + sealed.length];
			System.arraycopy(iv, 0, out, 0, IV_BYTES);
			System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
			return this.currentId + ":" + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	public @Nullable String decrypt(String field, @Nullable String sealed) {
		if (sealed == null) {
			return null;
		}
		int colon = sealed.indexOf(':');
		SecretKey key = (colon < 0) ? null : this.keys.get(sealed.substring(0, colon));
		if (key == null) {
			throw new IllegalStateException("No key for a stored value: add its key id to the key ring");
		}
		try {
			byte[] in = Base64.getDecoder().decode(sealed.substring(colon + 1));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
			cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("A stored value does not decrypt: wrong key or altered data", ex);
		}
	}

	/** The id of the key that encrypts. */
	public String currentKeyId() {
		return this.currentId;
	}

	/** Whether the value was encrypted with an older key than the current one. */
	public boolean isStale(@Nullable String sealed) {
		return sealed != null && !sealed.startsWith(this.currentId + ":");
	}

}
