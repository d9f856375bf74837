package org.latch.milkdonation;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.latch.platform.FieldCipher;
import org.latch.platform.PlatformSettings;

/**
 * Seals donors' words and health details with the milk donation key ring
 * ({@code latch.milk.keys}, {@code LATCH_MILK_KEYS}; without it a key made on first start
 * in {@code milk-keys} in the data directory), apart from the help requests' ring. A
 * value is bound to its field and its donor, so it opens neither in another column nor on
 * another donor's row.
 */
@Component
class DonorCipher {

	private final FieldCipher cipher;

	DonorCipher(@Value("${latch.milk.keys:}") String ring, PlatformSettings settings) {
		this.cipher = FieldCipher.load(ring, settings.dataDir().resolve("milk-keys"), "latch.milk.keys");
	}

	String seal(UUID donor, String field, String plain) {
		return Objects.requireNonNull(this.cipher.encrypt(bound(donor, field), plain));
	}

	@Nullable String sealOrNull(UUID donor, String field, @Nullable String plain) {
		return (plain == null) ? null : seal(donor, field, plain);
	}

	String open(UUID donor, String field, String sealed) {
		return Objects.requireNonNull(this.cipher.decrypt(bound(donor, field), sealed));
	}

	@Nullable String openOrNull(UUID donor, String field, @Nullable String sealed) {
		return (sealed == null) ? null : open(donor, field, sealed);
	}

	/** The same value sealed with the current key; a null stays null. */
	@Nullable String reseal(UUID donor, String field, @Nullable String sealed) {
		return (sealed == null || !this.cipher.isStale(sealed)) ? sealed
				: seal(donor, field, open(donor, field, sealed));
	}

	/** A LIKE pattern matching values sealed with the current key. */
	String currentKeyPattern() {
		return this.cipher.currentKeyId() + ":%";
	}

	private static String bound(UUID donor, String field) {
		return field + "/" + donor;
	}

}
