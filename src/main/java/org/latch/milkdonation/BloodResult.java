package org.latch.milkdonation;

/** A blood test's result as the bank records it (sealed). */
public enum BloodResult {

	CLEAR, NOT_CLEAR

}
