package org.latch.partner.agreement;

/**
 * A signature as it is given: the name the signer typed, their consent, the network
 * address it came from and the SHA-256 of the document they were shown.
 */
public record Signature(String typedName, boolean consent, String address, String documentSha256) {
}
