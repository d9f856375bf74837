package org.latch.fundraising;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface GiftRepository extends JpaRepository<Gift, UUID> {

	Optional<Gift> findBySecretHash(String secretHash);

	Optional<Gift> findByMailSecretHash(String mailSecretHash);

	Optional<Gift> findByCheckoutSession(String checkoutSession);

	Optional<Gift> findByPaymentIntent(String paymentIntent);

	boolean existsByCampaignId(UUID campaignId);

	boolean existsByCampaignIdAndReceiptNumber(UUID campaignId, String receiptNumber);

	@Query("select g from Gift g where g.campaignId = :campaign and g.status = 'COMPLETED' order by g.completedAt desc")
	List<Gift> completedIn(UUID campaign);

	@Query("""
			select g from Gift g where g.status = 'COMPLETED' and (g.pageId = :page or g.teamPageId = :page)
			order by g.completedAt desc""")
	List<Gift> completedFor(UUID page);

	@Query("""
			select coalesce(sum(g.amountCents), 0), count(g) from Gift g
			where g.campaignId = :campaign and g.status = 'COMPLETED'""")
	List<Object[]> sumIn(UUID campaign);

	/**
	 * The gift, locked until the transaction ends: refunds of one gift wait for each
	 * other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select g from Gift g where g.id = :id")
	Optional<Gift> lockById(UUID id);

}
