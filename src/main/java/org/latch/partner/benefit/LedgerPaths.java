package org.latch.partner.benefit;

import java.util.UUID;

/** The addresses of the benefits ledger. */
final class LedgerPaths {

	/** The staff's desk: partners in force, meetings, requests waiting. */
	static final String DESK = "/partners/benefits";

	static final String REDEEM = DESK + "/redeem";

	static final String MEETINGS = DESK + "/meetings";

	/** The public list of approved partner events and news. */
	static final String NEWS = "/partners/news";

	private LedgerPaths() {
	}

	static String ledger(UUID partner) {
		return DESK + "/" + partner;
	}

	static String promotions(UUID partner) {
		return ledger(partner) + "/promotions";
	}

	static String promotion(UUID partner, UUID promotion, String action) {
		return promotions(partner) + "/" + promotion + "/" + action;
	}

	static String obligations(UUID partner) {
		return ledger(partner) + "/obligations";
	}

	static String obligation(UUID partner, UUID obligation) {
		return obligations(partner) + "/" + obligation;
	}

}
