package org.latch.milkdonation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MilkDonorRepository extends JpaRepository<MilkDonor, UUID> {

	Optional<MilkDonor> findBySecretHash(String secretHash);

	boolean existsBySecretHash(String secretHash);

	boolean existsByReference(String reference);

	Optional<MilkDonor> findByIdAndBankId(UUID id, UUID bankId);

	List<MilkDonor> findByBankIdAndStageOrderByCreatedAt(UUID bankId, Stage stage, Limit limit);

	/** How many of the bank's donors are at each stage: pairs of stage and count. */
	@Query("select d.stage, count(d) from MilkDonor d where d.bankId = :bank group by d.stage")
	List<Object[]> countByStage(UUID bank);

	/** Pledges toward a campaign per unit, leaving out donors the bank turned down. */
	@Query("""
			select d.pledgeUnit, sum(d.pledgeAmount) from MilkDonor d where d.campaignId = :campaign
			and d.pledgeAmount is not null and d.stage <> org.latch.milkdonation.Stage.NOT_ELIGIBLE
			group by d.pledgeUnit""")
	List<Object[]> pledgedFor(UUID campaign);

	/** Every pledge per unit, leaving out donors the bank turned down. */
	@Query("""
			select d.pledgeUnit, sum(d.pledgeAmount) from MilkDonor d where d.pledgeAmount is not null
			and d.stage <> org.latch.milkdonation.Stage.NOT_ELIGIBLE group by d.pledgeUnit""")
	List<Object[]> pledged();

	List<MilkDonor> findByNameSealedNotLike(String keyPrefix, Limit limit);

	List<MilkDonor> findByUpdatedAtBefore(Instant before, Limit limit);

}
