package org.latch.partner.benefit;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PromotionRepository extends JpaRepository<Promotion, UUID> {

	List<Promotion> findByPartnerIdOrderBySubmittedAtDesc(UUID partnerId);

	List<Promotion> findByStatusOrderByOnDayDesc(Promotion.Status status);

}
