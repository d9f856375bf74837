package org.latch.partner.benefit;

/**
 * The two benefits issued as codes, one of each per term; the prefix shown before a code.
 */
enum Benefit {

	CONFERENCE_REGISTRATION("CONF"), EXHIBIT_SPACE("EXPO");

	private final String prefix;

	Benefit(String prefix) {
		this.prefix = prefix;
	}

	String prefix() {
		return this.prefix;
	}

}
