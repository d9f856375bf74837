package org.latch.partner;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface ViolationReportRepository extends JpaRepository<ViolationReport, UUID> {

	List<ViolationReport> findByStatusOrderByReceivedAtAsc(ReportStatus status);

	List<ViolationReport> findByStatusInOrderByDecidedAtDesc(Collection<ReportStatus> statuses, Limit limit);

	List<ViolationReport> findByStatusOrderBySummaryMonthDescPublishedAtDesc(ReportStatus status);

	/** Reports decided before the instant whose photo is still kept. */
	List<ViolationReport> findByPhotoFileNotNullAndDecidedAtBefore(Instant before, Limit limit);

}
