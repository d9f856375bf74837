package org.latch.helprequest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes what families wrote once it is no longer needed: every request closed more than
 * {@code latch.help.keep-months} ago, and every request left untouched that long, with
 * its messages, notes, offers, steps and reads (the schema cascades). What is counted
 * stays: the anonymous counts and the Leaders' contact log hold no link to a request.
 * Runs every night.
 */
@Component
class HelpPurge {

	private static final Logger log = LoggerFactory.getLogger(HelpPurge.class);

	private static final int BATCH = 500;

	private final HelpRequestRepository requests;

	private final TransactionTemplate transactions;

	private final HelperLoads loads;

	private final HelperSettings helpers;

	private final Clock clock;

	private final int keepMonths;

	HelpPurge(HelpRequestRepository requests, HelperLoads loads, HelperSettings helpers,
			TransactionTemplate transactions, Clock clock, @Value("${latch.help.keep-months:12}") int keepMonths) {
		this.requests = requests;
		this.transactions = transactions;
		this.loads = loads;
		this.helpers = helpers;
		this.clock = clock;
		this.keepMonths = keepMonths;
	}

	/**
	 * Purges, then counts every Leader's load again (a purged request may have been
	 * open).
	 */
	@Scheduled(cron = "${latch.help.purge-cron:0 15 4 * * *}")
	void nightly() {
		Instant now = this.clock.instant();
		purge(now);
		this.loads.reconcile(now);
	}

	/** Deletes the requests past keeping at {@code now}; how many. */
	int purge(Instant now) {
		Instant cutoff = now.atZone(ZoneOffset.UTC).minusMonths(this.keepMonths).toInstant();
		int purged = 0;
		while (true) {
			List<UUID> old = this.requests.findPastKeeping(cutoff, Limit.of(BATCH));
			if (old.isEmpty()) {
				break;
			}
			this.transactions.executeWithoutResult(status -> this.requests.deleteAllByIdInBatch(old));
			purged += old.size();
		}
		if (purged > 0) {
			log.info("Deleted {} help requests closed or untouched for {} months", purged, this.keepMonths);
		}
		return purged;
	}

}
