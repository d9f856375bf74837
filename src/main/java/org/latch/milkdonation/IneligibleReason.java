package org.latch.milkdonation;

/**
 * Why a bank cannot accept a donor's milk, each with a kind message for the donor (shown
 * on their private page, never in an email).
 */
public enum IneligibleReason {

	HEALTH, MEDICATION, BLOOD_TEST, NICOTINE_OR_CANNABIS, WAIT_12_MONTHS, MILK_SUPPLY, BABY_AGE, CANNOT_REACH,
	OUTSIDE_AREA, OTHER;

	String key() {
		return "milk.reason." + name();
	}

	String donorKey() {
		return "milk.reason." + name() + ".donor";
	}

}
