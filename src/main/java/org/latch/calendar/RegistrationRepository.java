package org.latch.calendar;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RegistrationRepository extends JpaRepository<Registration, UUID> {

	Optional<Registration> findBySecretHash(String secretHash);

	boolean existsBySecretHash(String secretHash);

	/** The site's waitlist, first come first served. */
	List<Registration> findBySiteIdAndStatusOrderByCreatedAtAscIdAsc(UUID siteId, RegistrationStatus status);

	List<Registration> findByCampaignIdOrderByCreatedAtAscIdAsc(UUID campaignId);

	List<Registration> findByCampaignIdAndReference(UUID campaignId, String reference);

	List<Registration> findBySiteIdOrderByCreatedAtAscIdAsc(UUID siteId);

	@Query("select coalesce(sum(r.people), 0) from Registration r where r.campaignId = :campaign and r.status = org.latch.calendar.RegistrationStatus.CONFIRMED")
	long confirmedPeople(UUID campaign);

	@Query("select coalesce(sum(r.people), 0) from Registration r where r.siteId = :site and r.status = :status")
	long people(UUID site, RegistrationStatus status);

	/**
	 * Forgets who registered for campaigns held before {@code day}: names and addresses
	 * become empty, the places and their counts stay.
	 */
	@Modifying
	@Query("update Registration r set r.displayName = '', r.email = '' where r.email <> '' and r.campaignId in "
			+ "(select c.id from Campaign c where c.heldOn < :day)")
	int forgetPeopleOfCampaignsBefore(java.time.LocalDate day);

}
