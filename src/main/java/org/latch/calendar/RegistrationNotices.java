package org.latch.calendar;

import org.springframework.stereotype.Component;

/**
 * The emails a registration gets: confirmed (with the day in an .ics file), waitlisted,
 * promoted and cancelled. Sent through the outbox in the transaction of the change.
 */
@Component
class RegistrationNotices {

	void registered(Registration registration, String secret) {
	}

	void promoted(Registration registration) {
	}

	void cancelled(Registration registration) {
	}

}
