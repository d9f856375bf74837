package org.latch.fundraising;

import org.jspecify.annotations.Nullable;

/** Who gives how much, checked by {@link GiftForm}. */
record GiftDetails(long amountCents, String giverName, @Nullable String giverEmail, boolean anonymous,
		@Nullable String message, String language) {
}
