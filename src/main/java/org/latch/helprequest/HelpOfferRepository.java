package org.latch.helprequest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HelpOfferRepository extends JpaRepository<HelpOffer, UUID> {

	List<HelpOffer> findByRequestId(UUID requestId);

	/** The request an offer is for, without loading the offer. */
	@Query("select o.requestId from HelpOffer o where o.id = :id")
	Optional<UUID> requestOf(UUID id);

	/** Requests with an offer due before {@code now} that is still pending. */
	@Query("select distinct o.requestId from HelpOffer o where o.answer = :pending and o.dueAt < :now")
	List<UUID> requestsWithOffersDue(HelpOffer.Answer pending, Instant now, Limit limit);

	List<HelpOffer> findByHelperIdAndAnswerOrderByDueAt(UUID helperId, HelpOffer.Answer answer);

	List<HelpOffer> findByRequestIdInAndAnswer(Collection<UUID> requests, HelpOffer.Answer answer);

}
