package org.latch.milkdonation;

/**
 * How old the donor's baby is; milk banks ask because they prefer milk from the first
 * year and need the baby's provider's sign-off. A parent whose baby died may donate too.
 */
public enum BabyAge {

	UNDER_6_MONTHS, UNDER_12_MONTHS, OVER_12_MONTHS, LOSS

}
