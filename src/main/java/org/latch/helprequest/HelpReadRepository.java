package org.latch.helprequest;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface HelpReadRepository extends JpaRepository<HelpRead, UUID> {

	List<HelpRead> findByRequestIdOrderByReadAt(UUID requestId);

}
