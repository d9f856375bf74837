package org.latch.partner;

/**
 * How an organization in the Code register appears: as a sponsor, an exhibitor, or both.
 */
public enum SponsorRole {

	SPONSOR, EXHIBITOR, BOTH;

	/** May be shown as a sponsor of a campaign or event. */
	public boolean sponsors() {
		return this != EXHIBITOR;
	}

	/** May exhibit at an event. */
	public boolean exhibits() {
		return this != SPONSOR;
	}

}
