package org.latch.partner;

/**
 * The legal recognition step as shown: the registration number (the file is never echoed
 * back).
 */
record RecognitionForm(String registrationNumber) {
}
