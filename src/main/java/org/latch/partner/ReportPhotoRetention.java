package org.latch.partner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes, every night, the photos of violation reports decided more than
 * {@code latch.partner.code.photo-keep-days} ago: a photo may show people or a place that
 * names the reporter, and once the report is decided only its summary is needed. Each
 * file is deleted after the report stops naming it, so a crash in between leaves at worst
 * a file nothing points to, never a report pointing to no file.
 */
@Component
class ReportPhotoRetention {

	private static final Logger log = LoggerFactory.getLogger(ReportPhotoRetention.class);

	private static final int BATCH = 200;

	private final ViolationReportRepository reports;

	private final ReportPhotos photos;

	private final CodeSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ReportPhotoRetention(ViolationReportRepository reports, ReportPhotos photos, CodeSettings settings,
			TransactionTemplate transactions, Clock clock) {
		this.reports = reports;
		this.photos = photos;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "${latch.partner.code.photo-cron:0 50 3 * * *}")
	void nightly() {
		deleteDecidedBefore(this.clock.instant().minus(Duration.ofDays(this.settings.photoKeepDays())));
	}

	/** Deletes the photos of reports decided before the instant; how many. */
	int deleteDecidedBefore(Instant before) {
		int total = 0;
		while (true) {
			List<String> files = this.transactions.execute(status -> {
				List<ViolationReport> decided = this.reports.findByPhotoFileNotNullAndDecidedAtBefore(before,
						Limit.of(BATCH));
				List<String> names = decided.stream().map(ViolationReport::photoFile).toList();
				decided.forEach(ViolationReport::forgetPhoto);
				return names;
			});
			if (files == null || files.isEmpty()) {
				break;
			}
			files.forEach(this.photos::delete);
			total += files.size();
		}
		if (total > 0) {
			log.info("Deleted the photos of {} violation reports decided before {}", total, before);
		}
		return total;
	}

}
