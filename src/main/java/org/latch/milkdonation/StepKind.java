package org.latch.milkdonation;

/** What was done for a donor: the donor's form, then the bank's screening steps. */
public enum StepKind {

	SUBMITTED, PHONE_INTERVIEW, QUESTIONNAIRE, BLOOD_TEST_ORDERED, BLOOD_TEST_RESULT, DONOR_PROVIDER, BABY_PROVIDER,
	APPROVED, NOT_ELIGIBLE, NOTE, NEW_LINK;

	/** Steps recorded once at most. */
	boolean once() {
		return this == PHONE_INTERVIEW || this == QUESTIONNAIRE || this == DONOR_PROVIDER || this == BABY_PROVIDER;
	}

	/** Steps the bank's staff take from the donor's page. */
	boolean byStaff() {
		return this != SUBMITTED && this != NEW_LINK;
	}

	/** What the donor reads of the step. */
	String key() {
		return "milk.step." + name();
	}

	/** What the bank's staff read of the step in a donor's file. */
	String historyKey() {
		return "milk.history." + name();
	}

}
