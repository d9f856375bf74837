package org.latch.partner;

/** What became of a reviewer's or applicant's action on an application. */
enum ReviewOutcome {

	DONE, NOT_FOUND, NOT_NOW, NOTE_NEEDED, NOT_ELIGIBLE, INCOMPLETE, OWN_APPLICATION

}
