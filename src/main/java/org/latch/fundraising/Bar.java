package org.latch.fundraising;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A progress bar as a page shows it: the amounts in the reader's format and how full it
 * is (0 to 100; a goal passed shows full, the words say by how much).
 */
record Bar(String raised, @Nullable String goal, int percent) {

	static Bar funds(long raisedCents, long goalCents, String currency, Locale locale) {
		return new Bar(Money.format(raisedCents, currency, locale),
				(goalCents > 0) ? Money.format(goalCents, currency, locale) : null, percent(raisedCents, goalCents));
	}

	static @Nullable Bar ounces(@Nullable Integer pledged, @Nullable Integer goal, Locale locale) {
		if (pledged == null) {
			return null;
		}
		java.text.NumberFormat number = java.text.NumberFormat.getIntegerInstance(locale);
		return new Bar(number.format(pledged), (goal == null) ? null : number.format(goal),
				(goal == null) ? 0 : percent(pledged, goal));
	}

	private static int percent(long part, long whole) {
		return (whole <= 0) ? 0 : (int) Math.min(100, Math.max(0, part * 100 / whole));
	}

	boolean hasGoal() {
		return this.goal != null;
	}

}
