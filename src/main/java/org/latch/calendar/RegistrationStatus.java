package org.latch.calendar;

/**
 * Where a registration stands: only a confirmed one holds a place and owes its site's
 * fee.
 */
public enum RegistrationStatus {

	CONFIRMED, WAITLISTED, CANCELLED

}
