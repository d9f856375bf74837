package org.latch.calendar;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who registered, as far as other modules need it: the name they want shown, the language
 * to write to them in, and where they walk (a site, or virtual when null) and with which
 * team. Their email stays in this module.
 */
public record Registrant(UUID id, UUID campaign, @Nullable UUID site, @Nullable UUID team, String displayName,
		String language) {
}
