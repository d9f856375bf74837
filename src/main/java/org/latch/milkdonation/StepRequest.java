package org.latch.milkdonation;

import org.jspecify.annotations.Nullable;

/**
 * A step the staff record from a donor's file: what, a blood test's result, the reason
 * the bank cannot take the donor's milk, a note; all text until checked.
 */
record StepRequest(@Nullable String kind, @Nullable String result, @Nullable String reason, @Nullable String note) {

	static final int MAX_NOTE = 4000;

	static StepRequest empty() {
		return new StepRequest(null, null, null, "");
	}

	String text(@Nullable String value) {
		return (value == null) ? "" : value;
	}

}
