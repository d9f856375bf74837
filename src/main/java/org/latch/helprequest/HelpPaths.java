package org.latch.helprequest;

/** Addresses of the help pages. */
final class HelpPaths {

	static final String FORM = "/help";

	/** A Leader's requests and offers. */
	static final String INBOX = "/leader/help";

	/** The Area Administrators' queue of requests nobody has taken. */
	static final String QUEUE = "/leader/help/queue";

	/** A Leader's terms for taking requests. */
	static final String SETTINGS = "/leader/help/settings";

	private HelpPaths() {
	}

	/** The family's private page of a request. */
	static String conversation(String secret) {
		return "/help/r/" + secret;
	}

	/** A request as its Leader and the administrators see it. */
	static String request(java.util.UUID id) {
		return INBOX + "/" + id;
	}

}
