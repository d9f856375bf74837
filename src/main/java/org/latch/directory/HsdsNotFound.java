package org.latch.directory;

/** The id names nothing of the kind asked for (or is no id at all): a 404. */
class HsdsNotFound extends RuntimeException {

	HsdsNotFound(String what) {
		super("No " + what + " has this id.");
	}

}
