package org.latch.partner.agreement;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgreementRepository extends JpaRepository<Agreement, UUID> {

	/** A partner's agreements, the latest term first. */
	List<Agreement> findByPartnerIdOrderByTermDesc(UUID partnerId);

	Optional<Agreement> findFirstByPartnerIdOrderByTermDesc(UUID partnerId);

	List<Agreement> findByStatusIn(Collection<AgreementStatus> statuses);

	@Query("select distinct a.partnerId from Agreement a where a.status = :countersigned"
			+ " and a.startsAt <= :now and a.endsAt > :now")
	List<UUID> partnersInForce(Instant now, AgreementStatus countersigned);

	@Query("select a from Agreement a where a.status = :countersigned and a.endsAt > :now")
	List<Agreement> termsNotEnded(Instant now, AgreementStatus countersigned);

	@Query("select distinct a.partnerId from Agreement a")
	List<UUID> partnersWithAgreements();

	/**
	 * Countersigned agreements ending by {@code until} whose end Latch has not handled.
	 */
	@Query("select a from Agreement a where a.status = :countersigned and a.endRecordedAt is null"
			+ " and a.endsAt <= :until order by a.endsAt")
	List<Agreement> endingBy(Instant until, AgreementStatus countersigned);

}
