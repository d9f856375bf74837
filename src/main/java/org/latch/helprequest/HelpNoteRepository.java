package org.latch.helprequest;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface HelpNoteRepository extends JpaRepository<HelpNote, UUID> {

	List<HelpNote> findByRequestIdOrderByCreatedAt(UUID requestId);

	/** Notes sealed with another key than the one whose prefix is given. */
	List<HelpNote> findByBodySealedNotLike(String currentKeyPattern, org.springframework.data.domain.Limit limit);

}
