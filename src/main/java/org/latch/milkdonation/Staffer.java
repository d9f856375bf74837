package org.latch.milkdonation;

import java.util.UUID;

/** A signed-in member of a milk bank's staff, and the bank they work for. */
record Staffer(UUID accountId, String name, UUID bankId, String bankName) {
}
