package org.latch.helprequest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface HelpRequestRepository extends JpaRepository<HelpRequest, UUID> {

	Optional<HelpRequest> findBySecretHash(String secretHash);

	boolean existsByReference(String reference);

	boolean existsBySecretHash(String secretHash);

	/** Requests sealed with another key than the one whose prefix is given. */
	List<HelpRequest> findByNameSealedNotLike(String currentKeyPattern, Limit limit);

}
