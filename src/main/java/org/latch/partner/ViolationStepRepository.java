package org.latch.partner;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ViolationStepRepository extends JpaRepository<ViolationStep, UUID> {

	List<ViolationStep> findByReportIdOrderByAtAsc(UUID reportId);

}
