package org.latch.partner;

import java.util.UUID;

/** The partner program's addresses. */
final class PartnerPaths {

	static final String DIRECTORY = "/partners";

	static final String APPLY = "/partners/apply";

	static final String REVIEW = "/partners/review";

	/** The agreements of approved partners (the {@code agreement} sub-package). */
	static final String AGREEMENTS = "/partners/agreements";

	private PartnerPaths() {
	}

	static String application(UUID id) {
		return APPLY + "/" + id;
	}

	static String step(UUID id, ApplyStep step) {
		return APPLY + "/" + id + "/" + step.slug();
	}

	static String review(UUID id) {
		return REVIEW + "/" + id;
	}

	static String agreement(UUID id) {
		return AGREEMENTS + "/" + id;
	}

}
