package org.latch.helprequest;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface HelpMessageRepository extends JpaRepository<HelpMessage, UUID> {

	List<HelpMessage> findByRequestIdOrderByCreatedAt(UUID requestId);

	/** Messages sealed with another key than the one whose prefix is given. */
	List<HelpMessage> findByBodySealedNotLike(String currentKeyPattern, Limit limit);

}
