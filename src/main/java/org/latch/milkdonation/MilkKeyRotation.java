package org.latch.milkdonation;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals again, with the current key of {@code latch.milk.keys}, every donor and step
 * sealed with an older one, a batch per transaction, so that an old key can leave the
 * ring once this has run (a minute after start, then every hour).
 */
@Component
class MilkKeyRotation {

	private static final Logger log = LoggerFactory.getLogger(MilkKeyRotation.class);

	private static final int BATCH = 200;

	private final MilkDonorRepository donors;

	private final DonorStepRepository steps;

	private final DonorCipher cipher;

	private final TransactionTemplate transactions;

	MilkKeyRotation(MilkDonorRepository donors, DonorStepRepository steps, DonorCipher cipher,
			TransactionTemplate transactions) {
		this.donors = donors;
		this.steps = steps;
		this.cipher = cipher;
		this.transactions = transactions;
	}

	/** Seals everything with the current key; how many rows it sealed again. */
	@Scheduled(initialDelay = 1, fixedDelay = 60, timeUnit = TimeUnit.MINUTES)
	int rotate() {
		String current = this.cipher.currentKeyPattern();
		int total = 0;
		while (true) {
			Integer done = this.transactions.execute(status -> {
				List<MilkDonor> stale = this.donors.findByNameSealedNotLike(current, Limit.of(BATCH));
				for (MilkDonor donor : stale) {
					donor.seal(donor.sealed().map((field, value) -> this.cipher.reseal(donor.id(), field, value)));
				}
				List<DonorStep> old = this.steps.findSealedWithOtherKey(current, Limit.of(BATCH));
				for (DonorStep step : old) {
					step.reseal(this.cipher.reseal(step.donorId(), MilkDonors.OUTCOME, step.outcomeSealed()),
							this.cipher.reseal(step.donorId(), MilkDonors.NOTE, step.noteSealed()));
				}
				return stale.size() + old.size();
			});
			if (done == null || done == 0) {
				break;
			}
			total += done;
		}
		if (total > 0) {
			log.info("Sealed {} milk donors and steps again with the current key", total);
		}
		return total;
	}

}
