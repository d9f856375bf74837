package org.latch.fundraising;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RefundRepository extends JpaRepository<Refund, UUID> {

	List<Refund> findByGiftIdOrderByRefundedAt(UUID giftId);

	@Query("select coalesce(sum(r.amountCents), 0) from Refund r where r.giftId = :gift")
	long sumFor(UUID gift);

	@Query("""
			select coalesce(sum(r.amountCents), 0) from Refund r where r.giftId in
			(select g.id from Gift g where g.campaignId = :campaign)""")
	long sumIn(UUID campaign);

	@Query("select r from Refund r where r.giftId in (select g.id from Gift g where g.campaignId = :campaign)")
	List<Refund> allIn(UUID campaign);

}
