package org.latch.helprequest;

/**
 * Where a request stands: waiting while it is offered to Leaders, escalated to the Area
 * Administrators when nobody took it, being answered by one Leader, or closed.
 */
enum HelpStatus {

	WAITING, ESCALATED, ANSWERING, CLOSED;

	boolean open() {
		return this != CLOSED;
	}

	boolean unassigned() {
		return this == WAITING || this == ESCALATED;
	}

}
