package org.latch.helprequest;

/**
 * Answers that can mean a medical emergency: any of them marks the request urgent and
 * shows whom to call.
 */
enum WarningSign {

	FEW_WET_DIAPERS, SLEEPY_NOT_FEEDING, FEVER_RED_BREAST, YELLOW_SKIN

}
