package org.latch.milkdonation;

/**
 * Where a donor is in the milk bank's screening: the first thing still to do, in the
 * usual order, then the decision. Stored in clear for the staff's queue, so it never
 * depends on a test result or a reason: a donor whose test was not clear waits in the
 * stage after it like everyone else, and the bank cannot approve them.
 */
enum Stage {

	CALL, QUESTIONNAIRE, BLOOD_TEST, BLOOD_RESULT, SIGN_OFFS, DECISION, APPROVED, NOT_ELIGIBLE;

	boolean decided() {
		return this == APPROVED || this == NOT_ELIGIBLE;
	}

	String key() {
		return "milk.stage." + name();
	}

}
