package org.latch.partner;

import org.jspecify.annotations.Nullable;

/**
 * A moderator's public summary of a violation report as sent; every field unchecked. The
 * month is {@code yyyy-MM}.
 */
record SummaryForm(@Nullable String company, @Nullable String productKind, @Nullable String article,
		@Nullable String country, @Nullable String month, @Nullable String text) {

	/** A first draft from the report itself, without any of the reporter's words. */
	static SummaryForm of(NewViolationReport report) {
		return new SummaryForm(report.company(), report.productKind().name(), report.article().name(), report.country(),
				java.time.YearMonth.from(report.observedOn()).toString(), null);
	}

	String value(@Nullable String value) {
		return (value == null) ? "" : value;
	}

}
