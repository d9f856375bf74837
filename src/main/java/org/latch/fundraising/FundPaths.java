package org.latch.fundraising;

import java.util.UUID;

/** The addresses of the fundraising pages. */
final class FundPaths {

	static final String PAGE = "/fundraising/pages/{id}";

	static final String GIVE = "/fundraising/pages/{id}/give";

	static final String EDIT = "/fundraising/pages/{id}/edit";

	static final String GIFT = "/fundraising/gifts/{secret}";

	static final String RECEIPT = "/fundraising/gifts/{secret}/receipt.pdf";

	static final String FUNDRAISERS = "/campaigns/{campaign}/fundraisers";

	static final String START = "/campaigns/{campaign}/fundraisers/new";

	static final String FUNDING = "/campaigns/{campaign}/funding";

	static final String GIFTS = "/campaigns/{campaign}/funding/gifts";

	static final String GIFTS_CSV = "/campaigns/{campaign}/funding/gifts.csv";

	static final String REFUND = "/campaigns/{campaign}/funding/gifts/{gift}/refund";

	static final String FEES = "/campaigns/{campaign}/funding/fees";

	private FundPaths() {
	}

	static String page(UUID id) {
		return "/fundraising/pages/" + id;
	}

	static String edit(UUID id) {
		return page(id) + "/edit";
	}

	static String give(UUID id) {
		return page(id) + "/give";
	}

	static String gift(String secret) {
		return "/fundraising/gifts/" + secret;
	}

	static String fundraisers(UUID campaign) {
		return "/campaigns/" + campaign + "/fundraisers";
	}

	static String start(UUID campaign) {
		return fundraisers(campaign) + "/new";
	}

	static String fees(UUID campaign) {
		return "/campaigns/" + campaign + "/funding/fees";
	}

	static String funding(UUID campaign) {
		return "/campaigns/" + campaign + "/funding";
	}

	static String gifts(UUID campaign) {
		return funding(campaign) + "/gifts";
	}

	static String refund(UUID campaign, UUID gift) {
		return gifts(campaign) + "/" + gift + "/refund";
	}

}
