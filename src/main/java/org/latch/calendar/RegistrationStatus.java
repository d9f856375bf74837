package org.latch.calendar;

/** Where a registration stands. */
enum RegistrationStatus {

	CONFIRMED, WAITLISTED, CANCELLED

}
