package org.latch.calendar;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamRepository extends JpaRepository<Team, UUID> {

	List<Team> findByCampaignIdOrderByNameAsc(UUID campaignId);

	Optional<Team> findByCampaignIdAndNameKey(UUID campaignId, String nameKey);

}
