package org.latch.partner;

import java.util.UUID;

/** The addresses of the WHO Code register and violation reports. */
final class CodePaths {

	/** The public register of approved, current sponsors and exhibitors. */
	static final String SPONSORS = "/partners/code/sponsors";

	/** A signed-in person's own register entries, and the form for a new one. */
	static final String SUBMISSIONS = "/partners/code/submissions";

	static final String NEW_SUBMISSION = SUBMISSIONS + "/new";

	/** The public form to report a Code violation. */
	static final String REPORT = "/partners/code/report";

	static final String REPORT_SENT = REPORT + "/sent";

	/** The published, anonymized summaries of violation reports. */
	static final String VIOLATIONS = "/partners/code/violations";

	/** The reviewers' queue of register entries and violation reports. */
	static final String REVIEW = "/partners/code/review";

	private CodePaths() {
	}

	static String submission(UUID id) {
		return SUBMISSIONS + "/" + id;
	}

	static String renewal(UUID id) {
		return SUBMISSIONS + "/" + id + "/renew";
	}

	static String reviewSponsor(UUID id) {
		return REVIEW + "/sponsors/" + id;
	}

	static String reviewReport(UUID id) {
		return REVIEW + "/reports/" + id;
	}

	static String photo(UUID id) {
		return REVIEW + "/reports/" + id + "/photo";
	}

	static String violation(UUID id) {
		return VIOLATIONS + "#report-" + id;
	}

}
