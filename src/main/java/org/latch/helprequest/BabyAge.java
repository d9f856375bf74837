package org.latch.helprequest;

/** The baby's age, in the bands a Leader needs, or that the family is expecting. */
enum BabyAge {

	EXPECTING, UNDER_6_WEEKS, UNDER_6_MONTHS, UNDER_12_MONTHS, OVER_12_MONTHS

}
