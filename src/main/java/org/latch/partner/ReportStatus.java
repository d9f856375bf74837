package org.latch.partner;

/** Where a violation report stands in moderation. */
enum ReportStatus {

	/** Waiting for a moderator. */
	RECEIVED,
	/** Accepted: its anonymized summary is public. */
	PUBLISHED,
	/** Not published, with the reason given. */
	REJECTED,
	/** The same violation as another report. */
	DUPLICATE,
	/** Its summary was taken down after publication, with the reason given. */
	WITHDRAWN;

	boolean decided() {
		return this != RECEIVED;
	}

}
