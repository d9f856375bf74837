package org.latch.helprequest;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface HelpNoteRepository extends JpaRepository<HelpNote, UUID> {

	List<HelpNote> findByRequestIdOrderByCreatedAt(UUID requestId);

}
