package org.latch.helprequest;

/** Where a request stands. */
enum HelpStatus {

	WAITING

}
