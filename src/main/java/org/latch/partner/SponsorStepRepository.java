package org.latch.partner;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SponsorStepRepository extends JpaRepository<SponsorStep, UUID> {

	List<SponsorStep> findBySponsorIdOrderByAtAsc(UUID sponsorId);

}
