package org.latch.milkdonation;

import java.util.UUID;

/** The milk donation addresses. */
final class MilkPaths {

	static final String DONATE = "/milk-donation";

	static final String BANK = "/milk-bank";

	static final String STAFF = "/milk-bank/staff";

	private MilkPaths() {
	}

	/** A donor's private page. */
	static String donor(String secret) {
		return DONATE + "/d/" + secret;
	}

	/** A donor's file, for their bank's staff. */
	static String file(UUID donor) {
		return BANK + "/donors/" + donor;
	}

}
