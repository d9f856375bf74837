package org.latch.partner;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SponsorRepository extends JpaRepository<Sponsor, UUID> {

	/** Entries whose approval runs past {@code day}, in one of {@code statuses}. */
	List<Sponsor> findByStatusInAndExpiresOnAfterOrderByOrganizationNameAsc(Collection<SponsorStatus> statuses,
			LocalDate day);

	List<Sponsor> findBySubmitterIdOrderBySubmittedAtDesc(UUID submitterId);

	List<Sponsor> findByStatusOrderBySubmittedAtAsc(SponsorStatus status);

	List<Sponsor> findAllByOrderByOrganizationNameAsc();

	/** Approved entries expiring after one day and by another, for the reminders. */
	List<Sponsor> findByStatusAndExpiresOnBetween(SponsorStatus status, LocalDate after, LocalDate until);

}
