package org.latch.partner.agreement;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementStepRepository extends JpaRepository<AgreementStep, UUID> {

	List<AgreementStep> findByPartnerIdOrderByAtAscSeqAsc(UUID partnerId);

}
