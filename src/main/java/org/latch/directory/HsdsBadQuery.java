package org.latch.directory;

/**
 * A query parameter of the HSDS API that cannot be understood: the client's mistake, a
 * 400.
 */
class HsdsBadQuery extends RuntimeException {

	HsdsBadQuery(String message) {
		super(message);
	}

}
