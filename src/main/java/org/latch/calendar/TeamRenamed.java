package org.latch.calendar;

import java.util.UUID;

/** An organizer renamed a team of a campaign; team pages elsewhere may follow. */
public record TeamRenamed(UUID team, UUID campaign, String name) {
}
