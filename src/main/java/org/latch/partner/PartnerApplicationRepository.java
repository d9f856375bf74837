package org.latch.partner;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerApplicationRepository extends JpaRepository<PartnerApplication, UUID> {

	List<PartnerApplication> findByApplicantIdOrderByCreatedAtDesc(UUID applicantId);

	List<PartnerApplication> findByStatusInOrderBySubmittedAtAsc(Collection<PartnerStatus> statuses);

	List<PartnerApplication> findByStatusOrderByLegalNameAsc(PartnerStatus status);

}
