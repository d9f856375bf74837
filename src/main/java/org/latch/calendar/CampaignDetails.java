package org.latch.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.latch.directory.UnitId;

/**
 * What an organizer sets on a campaign, checked ({@link CampaignChecks}): co-hosts are
 * organizations, sponsors ids in the WHO Code register.
 */
record CampaignDetails(String name, String story, LocalDate day, ZoneId zone, List<UnitId> coHosts,
		@Nullable Integer ouncesGoal, boolean virtualOption, List<UUID> sponsors, boolean published) {

	CampaignDetails {
		coHosts = List.copyOf(coHosts);
		sponsors = List.copyOf(sponsors);
	}

}
