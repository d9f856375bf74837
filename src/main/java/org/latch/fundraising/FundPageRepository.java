package org.latch.fundraising;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FundPageRepository extends JpaRepository<FundPage, UUID> {

	List<FundPage> findByCampaignIdOrderByTitle(UUID campaignId);

	List<FundPage> findByTeamPageIdOrderByTitle(UUID teamPageId);

	Optional<FundPage> findByRegistrationId(UUID registrationId);

	Optional<FundPage> findByCampaignIdAndCalendarTeamId(UUID campaignId, UUID calendarTeamId);

}
