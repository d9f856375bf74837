package org.latch.partner.benefit;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ObligationRepository extends JpaRepository<Obligation, UUID> {

	List<Obligation> findByPartnerIdOrderByOfferedAtDesc(UUID partnerId);

}
