package org.latch.milkdonation;

/** A yes-or-no answer of the self-screening. */
enum Answer {

	YES, NO

}
