package org.latch.partner;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step of a register entry or a violation report, as reviewers and submitters read
 * it: when, by whom (their name now; empty for an anonymous reporter), the message key of
 * what was done, and the reason given.
 */
record CodeHistoryEntry(Instant at, String actor, String action, @Nullable String note) {
}
