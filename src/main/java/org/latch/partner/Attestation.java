package org.latch.partner;

/**
 * Who attests, for the organization, that it complies with the International Code: a
 * person who may speak for it, typing their name as a signature under the register's
 * attestation text ({@link CodeAttestation}).
 *
 * @param signer the name they typed
 * @param title their position in the organization
 * @param email where reviewers may reach them (never shown publicly)
 */
public record Attestation(String signer, String title, String email) {
}
