package org.latch.directory;

import org.jspecify.annotations.Nullable;

/**
 * Phone numbers as people write them, and as {@code tel:} links (digits and plus only).
 */
final class PhoneLinks {

	private PhoneLinks() {
	}

	static @Nullable String tel(@Nullable String phone) {
		return (phone == null) ? null : "tel:" + phone.replaceAll("[^+0-9]", "");
	}

}
