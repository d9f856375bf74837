package org.latch.helprequest;

/** How a Leader closed a request. */
enum Outcome {

	HELPED, REFERRED, NO_REPLY, NOT_NEEDED

}
