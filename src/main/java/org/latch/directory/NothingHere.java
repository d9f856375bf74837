package org.latch.directory;

/** A management address names no unit or meeting; shown as the 404 page. */
class NothingHere extends RuntimeException {

	NothingHere() {
		super("no such unit or meeting");
	}

}
