package org.latch.helprequest;

import org.jspecify.annotations.Nullable;

/**
 * A place in the directory a Leader can point a family to: a group near them or online in
 * their language, or a milk bank or depot near them. {@code key} names it in a form
 * ({@code group:<slug>} or {@code milk:<id>}); {@code reach} is how the family reaches it
 * (the group's page, the bank's website or phone).
 */
record Referral(String key, String name, @Nullable String where, @Nullable Double distanceKm, String reach) {

	/** The distance, rounded to whole kilometres, for showing. */
	@Nullable Long km() {
		return (this.distanceKm == null) ? null : Math.round(this.distanceKm);
	}

}
