package org.latch.partner.benefit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BenefitCodeRepository extends JpaRepository<BenefitCode, UUID> {

	Optional<BenefitCode> findByCode(String code);

	/** A partner's codes, the latest term first. */
	List<BenefitCode> findByPartnerIdOrderByTermDescBenefitAsc(UUID partnerId);

	boolean existsByAgreementId(UUID agreementId);

	/** Marks a code redeemed unless it already is: 1 when this call redeemed it. */
	@Modifying(flushAutomatically = true)
	@Query("update BenefitCode c set c.redeemedAt = :at, c.redeemedBy = :by where c.id = :id and c.redeemedAt is null")
	int redeem(UUID id, UUID by, Instant at);

}
