package org.latch.helprequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.latch.platform.AddressThrottle;

/**
 * Limits new help requests per network address ({@code latch.help.requests-per-hour}). A
 * family resending the same form is not counted again.
 */
@Component
class HelpThrottle {

	private final AddressThrottle throttle;

	HelpThrottle(@Value("${latch.help.requests-per-hour:5}") int perHour) {
		this.throttle = new AddressThrottle(perHour);
	}

	/** Counts one request from the address; false when it sent too many this hour. */
	boolean allow(String address) {
		return this.throttle.allow(address);
	}

}
