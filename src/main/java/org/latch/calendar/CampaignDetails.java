package org.latch.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.latch.directory.UnitId;

/**
 * What an organizer sets on a campaign, checked ({@link CampaignChecks}): co-hosts are
 * organizations, sponsors ids in the WHO Code register; {@code story} is the original,
 * written in {@code storyLanguage}, and {@code translations} the story in other languages
 * by tag.
 */
record CampaignDetails(String name, String story, LocalDate day, ZoneId zone, List<UnitId> coHosts,
		@Nullable Integer ouncesGoal, boolean virtualOption, List<UUID> sponsors, boolean published,
		String storyLanguage, Map<String, String> translations) {

	CampaignDetails {
		coHosts = List.copyOf(coHosts);
		sponsors = List.copyOf(sponsors);
		translations = Map.copyOf(translations);
	}

	/** A campaign whose story is written in English only. */
	CampaignDetails(String name, String story, LocalDate day, ZoneId zone, List<UnitId> coHosts,
			@Nullable Integer ouncesGoal, boolean virtualOption, List<UUID> sponsors, boolean published) {
		this(name, story, day, zone, coHosts, ouncesGoal, virtualOption, sponsors, published, "en", Map.of());
	}

}
