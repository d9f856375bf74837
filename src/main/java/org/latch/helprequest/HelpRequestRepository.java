package org.latch.helprequest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface HelpRequestRepository extends JpaRepository<HelpRequest, UUID> {

	Optional<HelpRequest> findBySecretHash(String secretHash);

	/**
	 * The request, its row locked until the transaction ends: state changes go one by
	 * one.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from HelpRequest r where r.id = :id")
	Optional<HelpRequest> lockById(UUID id);

	boolean existsByReference(String reference);

	boolean existsBySecretHash(String secretHash);

	/** Requests still waiting for their first offer, sent before {@code before}. */
	@Query("""
			select r.id from HelpRequest r where r.status = :status and r.createdAt < :before and not exists
			(select 1 from HelpOffer o where o.requestId = r.id and o.answer = :pending)
			""")
	List<UUID> findUnoffered(HelpStatus status, HelpOffer.Answer pending, Instant before, Limit limit);

	/** Requests closed before {@code cutoff}, or not touched since. */
	@Query("select r.id from HelpRequest r where r.closedAt < :cutoff or r.updatedAt < :cutoff")
	List<UUID> findPastKeeping(Instant cutoff, Limit limit);

	List<HelpRequest> findByHelperIdAndStatusOrderByCreatedAt(UUID helperId, HelpStatus status);

	/**
	 * The administrators' queue, oldest first: requests in an {@code unassigned} status,
	 * and requests {@code answering} that their Leader took before the cutoff (earlier
	 * for urgent ones) and has not answered.
	 */
	@Query("""
			select r from HelpRequest r where r.status in :unassigned
			or (r.status = :answering and r.answeredAt is null
			and ((r.urgent = false and r.assignedAt < :cutoff) or (r.urgent = true and r.assignedAt < :urgentCutoff)))
			order by r.createdAt
			""")
	List<HelpRequest> findQueue(Collection<HelpStatus> unassigned, HelpStatus answering, Instant cutoff,
			Instant urgentCutoff);

	/** Requests sealed with another key than the one whose prefix is given. */
	List<HelpRequest> findByNameSealedNotLike(String currentKeyPattern, Limit limit);

}
