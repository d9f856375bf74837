package org.latch.helprequest;

/** How a family wants the answer: only inside Latch, by email, or by phone or text. */
enum ContactMethod {

	IN_APP, EMAIL, PHONE

}
