package org.latch.helprequest;

/** Why a Leader declined an offered request. */
enum DeclineReason {

	TOO_BUSY, AWAY, TOPIC, LANGUAGE, TOO_FAR, OTHER

}
