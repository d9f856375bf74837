package org.latch.helprequest;

import org.jspecify.annotations.Nullable;

/**
 * A place or person in the directory a Leader can point a family to: a group near them or
 * online in their language, a milk bank or depot near them, or a lactation consultant or
 * doctor near them or seeing families by video. {@code key} names it in a form
 * ({@code group:<slug>}, {@code milk:<id>} or {@code care:<id>}); {@code kindKey} names
 * its kind for the Leader; {@code reach} is how the family reaches it (the group's page,
 * the website or phone); {@code person} tells the family's message to speak of someone
 * rather than somewhere.
 */
record Referral(String key, String name, String kindKey, @Nullable String where, @Nullable Double distanceKm,
		String reach, boolean person) {

	/** The distance, rounded to whole kilometres, for showing. */
	@Nullable Long km() {
		return (this.distanceKm == null) ? null : Math.round(this.distanceKm);
	}

	/** The message that hands it to the family: "{name}. {reach}". */
	String messageKey() {
		return this.person ? "help.referral.professional" : "help.referral.message";
	}

}
