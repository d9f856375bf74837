package org.latch.calendar;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SiteRepository extends JpaRepository<Site, UUID> {

	List<Site> findByCampaignIdOrderByNameAsc(UUID campaignId);

	/** The campaign's site names by id. */
	default Map<UUID, String> namesOf(UUID campaignId) {
		return findByCampaignIdOrderByNameAsc(campaignId).stream().collect(Collectors.toMap(Site::id, Site::name));
	}

	List<Site> findByCoordinator(UUID coordinator);

	/**
	 * The site, its row locked until the transaction ends: registrations and
	 * cancellations for one site take turns, so places are counted right.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from Site s where s.id = :id")
	Optional<Site> lockById(UUID id);

}
