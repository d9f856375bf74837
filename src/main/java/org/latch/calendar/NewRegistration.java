package org.latch.calendar;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A registration made through {@link CampaignManagement}: a site (null for the virtual
 * stroll) and a team by name (null for none).
 */
public record NewRegistration(@Nullable UUID site, @Nullable String team, String name, String email, String language,
		int people) {
}
