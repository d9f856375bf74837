package org.latch.helprequest;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.latch.platform.FormErrors;

/**
 * The reports page: the scopes the person may choose, what they asked for, its errors,
 * and the report when the request was good.
 */
record ReportPage(List<Option> options, String scope, String period, FormErrors errors,
		@Nullable ActivityReport report) {

	/**
	 * A scope to choose: {@code me}, with no name, or a unit.
	 */
	record Option(String value, @Nullable String name) {
	}

	/** The address of the report shown, as CSV. */
	String csv() {
		return (this.report == null) ? ""
				: "/leader/reports.csv?scope=" + this.report.scope().key() + "&period=" + this.report.period().text();
	}

}
