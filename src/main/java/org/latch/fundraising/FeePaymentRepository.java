package org.latch.fundraising;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeePaymentRepository extends JpaRepository<FeePayment, UUID> {

	List<FeePayment> findByCampaignIdOrderByPaidAtAsc(UUID campaignId);

	Optional<FeePayment> findByPaymentIntent(String paymentIntent);

	boolean existsByCampaignId(UUID campaignId);

}
