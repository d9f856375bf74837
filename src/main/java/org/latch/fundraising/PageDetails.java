package org.latch.fundraising;

import org.jspecify.annotations.Nullable;

/** What a page's owner (or an organizer) says on it, checked by {@link PageForm}. */
record PageDetails(String title, String story, long goalCents, @Nullable Integer ouncesGoal,
		@Nullable Integer ouncesPledged) {
}
