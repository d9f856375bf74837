package org.latch.helprequest;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface HelpStepRepository extends JpaRepository<HelpStep, UUID> {

	List<HelpStep> findByRequestIdOrderBySeq(UUID requestId);

}
