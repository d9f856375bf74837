package org.latch.calendar;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamRepository extends JpaRepository<Team, UUID> {

	List<Team> findByCampaignIdOrderByNameAsc(UUID campaignId);

	/** The campaign's team names by id. */
	default Map<UUID, String> namesOf(UUID campaignId) {
		return findByCampaignIdOrderByNameAsc(campaignId).stream().collect(Collectors.toMap(Team::id, Team::name));
	}

	Optional<Team> findByCampaignIdAndNameKey(UUID campaignId, String nameKey);

}
