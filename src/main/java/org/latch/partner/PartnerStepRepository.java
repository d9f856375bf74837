package org.latch.partner;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerStepRepository extends JpaRepository<PartnerStep, UUID> {

	List<PartnerStep> findByApplicationIdOrderByAtAsc(UUID applicationId);

}
