package org.latch.fundraising;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A fundraising page ready to show: its bars, its team or members, and its honor roll (an
 * anonymous giver's name is null). A closed page takes no more gifts.
 */
record PageView(UUID id, String title, String story, boolean team, UUID campaignId, String campaignName,
		@Nullable Bar funds, @Nullable Bar ounces, @Nullable Ranked teamPage, List<Ranked> members, List<Honor> honor,
		boolean canGive, boolean edits, boolean closed) {

	/** A page in a list, with what it raised. */
	record Ranked(UUID id, String title, String raised) {

		String href() {
			return FundPaths.page(this.id);
		}

	}

	/** A gift on the honor roll. */
	record Honor(@Nullable String name, String amount, @Nullable String message) {
	}

	String href() {
		return FundPaths.page(this.id);
	}

}
