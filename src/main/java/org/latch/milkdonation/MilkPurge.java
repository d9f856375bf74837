package org.latch.milkdonation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes, every night, donors with no activity (no step, pledge or donation) for
 * {@code latch.milk.keep-months}, as the consent line says, with their steps and reads;
 * the milk they gave stays counted without them.
 */
@Component
class MilkPurge {

	private static final Logger log = LoggerFactory.getLogger(MilkPurge.class);

	private static final int BATCH = 200;

	private final MilkDonorRepository donors;

	private final MilkSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	MilkPurge(MilkDonorRepository donors, MilkSettings settings, TransactionTemplate transactions, Clock clock) {
		this.donors = donors;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "0 40 3 * * *")
	void nightly() {
		purge(this.clock.instant());
	}

	/** Deletes donors idle for the kept months before {@code now}; how many. */
	int purge(Instant now) {
		Instant before = now.atZone(ZoneOffset.UTC).minusMonths(this.settings.keepMonths()).toInstant();
		int total = 0;
		while (true) {
			Integer done = this.transactions.execute(status -> {
				List<MilkDonor> idle = this.donors.findByUpdatedAtBefore(before, Limit.of(BATCH));
				this.donors.deleteAll(idle);
				return idle.size();
			});
			if (done == null || done == 0) {
				break;
			}
			total += done;
		}
		if (total > 0) {
			log.info("Deleted {} milk donors idle since {}", total, before);
		}
		return total;
	}

}
