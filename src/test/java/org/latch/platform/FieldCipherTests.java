package org.latch.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class FieldCipherTests {

	private static final String K1 = "k1:" + FieldCipher.newKey();

	private static final String K2 = "k2:" + FieldCipher.newKey();

	@Test
	void aSealedValueHidesTheWordsAndOpensWithTheSameKeyAndField() {
		FieldCipher cipher = FieldCipher.of(K1);
		String sealed = cipher.encrypt("question", "Mi bebé no quiere mamar");
		assertThat(sealed).startsWith("k1:").doesNotContain("bebé", "mamar");
		assertThat(cipher.encrypt("question", "Mi bebé no quiere mamar")).as("a fresh IV each time")
			.isNotEqualTo(sealed);
		assertThat(cipher.decrypt("question", sealed)).isEqualTo("Mi bebé no quiere mamar");
	}

	@Test
	void aValueMovedToAnotherFieldOrAlteredDoesNotOpen() {
		FieldCipher cipher = FieldCipher.of(K1);
		String sealed = cipher.encrypt("question", "private words");
		assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt("name", sealed));
		char last = sealed.charAt(sealed.length() - 3);
		String altered = sealed.substring(0, sealed.length() - 3) + (last == 'A' ? 'B' : 'A')
				+ sealed.substring(sealed.length() - 2);
		assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt("question", altered));
	}

	@Test
	void afterRotationOldValuesStillOpenAndAreKnownToBeStale() {
		String old = FieldCipher.of(K1).encrypt("question", "before rotation");
		FieldCipher ring = FieldCipher.of(K2 + "," + K1);
		assertThat(ring.decrypt("question", old)).isEqualTo("before rotation");
		assertThat(ring.isStale(old)).isTrue();
		assertThat(ring.isStale(ring.encrypt("question", "after"))).isFalse();
		assertThatIllegalStateException().as("a key removed too early")
			.isThrownBy(() -> FieldCipher.of(K2).decrypt("question", old));
	}

	@Test
	void aBadRingIsRefusedAtStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> FieldCipher.of("k1:c2hvcnQ="));
		assertThatIllegalArgumentException().isThrownBy(() -> FieldCipher.of(K1 + "," + K1));
		assertThatIllegalArgumentException().isThrownBy(() -> FieldCipher.of("no key here"));
	}

}
