package org.latch.directory;

/** The signed-in person does not look after this unit; shown as the 403 page. */
class NotSteward extends RuntimeException {

	NotSteward() {
		super("not a steward of this unit");
	}

}
