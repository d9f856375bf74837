package org.latch.milkdonation;

/** A blood test's result as the bank records it (sealed). */
enum BloodResult {

	CLEAR, NOT_CLEAR

}
