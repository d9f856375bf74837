package org.latch.calendar;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A campaign's local site: its coordinator's account id (if one is named) and how many
 * people it takes.
 */
public record SiteSummary(UUID id, UUID campaign, String name, String city, @Nullable UUID coordinator, int capacity) {
}
