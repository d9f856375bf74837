package org.latch.calendar;

import java.util.UUID;

/** A team people registered under for a campaign. */
public record TeamSummary(UUID id, UUID campaign, String name) {
}
