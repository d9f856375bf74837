package org.latch.partner;

import java.util.List;

/**
 * One line of the eligibility checklist: whether it is met, and the message that says
 * why, with its arguments ("9 members and employees — 10 needed").
 */
record Criterion(String name, boolean met, String messageKey, List<Object> arguments) {

	Object[] args() {
		return this.arguments.toArray();
	}

}
