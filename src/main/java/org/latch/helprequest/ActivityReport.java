package org.latch.helprequest;

import java.util.List;

/** An activity report: one row per month of the period, and their sum. */
record ActivityReport(ReportScope scope, ReportPeriod period, List<ActivityRow> rows, ActivityRow total) {

	ActivityReport {
		rows = List.copyOf(rows);
	}

	/** Whether the total adds up several months and deserves its own line. */
	boolean several() {
		return this.rows.size() > 1;
	}

	List<ContactChannel> channels() {
		return List.of(ContactChannel.values());
	}

	List<Topic> topics() {
		return List.of(Topic.values());
	}

}
