package org.latch.helprequest;

/** Addresses of the help pages. */
final class HelpPaths {

	static final String FORM = "/help";

	private HelpPaths() {
	}

	/** The family's private page of a request. */
	static String conversation(String secret) {
		return "/help/r/" + secret;
	}

}
