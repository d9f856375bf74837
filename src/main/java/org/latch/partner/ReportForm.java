package org.latch.partner;

import org.jspecify.annotations.Nullable;

/** A violation report as sent on the public form, photo aside; every field unchecked. */
record ReportForm(@Nullable String place, @Nullable String country, @Nullable String observedOn,
		@Nullable String company, @Nullable String product, @Nullable String productKind, @Nullable String article,
		@Nullable String description, @Nullable String email, @Nullable String consent) {

	static ReportForm empty() {
		return new ReportForm(null, null, null, null, null, null, null, null, null, null);
	}

	String text(@Nullable String value) {
		return (value == null) ? "" : value;
	}

}
