package org.latch.partner;

/**
 * An evidence file as stored: its generated name, sniffed type and size in bytes.
 */
record StoredEvidence(String name, EvidenceType type, long size) {
}
