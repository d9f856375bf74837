package org.latch.milkdonation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MilkDonationRepository extends JpaRepository<MilkDonation, UUID> {

	List<MilkDonation> findByDonorIdOrderByDonatedOnDescLoggedAtDesc(UUID donorId);

	Optional<MilkDonation> findByIdAndDonorId(UUID id, UUID donorId);

	/** Confirmed milk toward a campaign per unit: pairs of unit and sum. */
	@Query("""
			select d.unit, sum(d.amount) from MilkDonation d where d.campaignId = :campaign
			and d.confirmedAt is not null group by d.unit""")
	List<Object[]> confirmedFor(UUID campaign);

	/** Every confirmed donation per unit. */
	@Query("select d.unit, sum(d.amount) from MilkDonation d where d.confirmedAt is not null group by d.unit")
	List<Object[]> confirmed();

}
