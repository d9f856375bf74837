package org.latch.demo;

import java.util.UUID;

/**
 * The demo's Stroll-like campaign. Its id is fixed so that other demo code (the
 * fundraising demo) can credit gifts to it.
 */
public final class DemoCampaign {

	/** The demo campaign's id. */
	public static final UUID DEMO_CAMPAIGN = UUID.fromString("c0ffee00-57a0-4011-8000-000000000001");

	private DemoCampaign() {
	}

}
