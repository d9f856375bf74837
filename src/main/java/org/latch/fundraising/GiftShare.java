package org.latch.fundraising;

import java.util.UUID;

import jakarta.persistence.Embeddable;

/**
 * A beneficiary's part of a completed gift, with the legal name and tax wording it had
 * then, so a receipt printed later still says what the giver was told.
 */
@Embeddable
record GiftShare(UUID beneficiaryId, String legalName, String taxWording, long cents) {
}
