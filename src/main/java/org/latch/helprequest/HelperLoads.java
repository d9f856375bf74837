package org.latch.helprequest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each Leader's load on their {@link Helper} row: the requests they are answering
 * and those they took this month (UTC), counted again from the requests themselves
 * whenever one of theirs is taken, given, closed or deleted, in the same transaction and
 * with the Leader's row locked, so that two changes at once cannot both write a count
 * that misses the other. Counting again instead of adding one keeps the figures right
 * even if a path forgets; {@link #reconcile} counts every Leader at start-up and after
 * the nightly purge.
 */
@Component
class HelperLoads {

	private static final int BATCH = 500;

	private final HelperRepository helpers;

	private final TransactionTemplate transactions;

	private final Clock clock;

	HelperLoads(HelperRepository helpers, TransactionTemplate transactions, Clock clock) {
		this.helpers = helpers;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The first instant of the UTC month of {@code now}: monthly caps count from it. */
	static Instant monthStart(Instant now) {
		return LocalDate.ofInstant(now, ZoneOffset.UTC).withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/**
	 * Counts again the loads of these Leaders (none may be null), as of {@code now},
	 * inside the caller's transaction. Call it after changing a request's Leader or
	 * status.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void recount(Collection<UUID> leaders, Instant now) {
		List<UUID> ids = leaders.stream().filter(Objects::nonNull).distinct().toList();
		if (ids.isEmpty()) {
			return;
		}
		// Locked in one order everywhere (the database's order of ids), so that two
		// transactions locking two Leaders each cannot wait for each other.
		this.helpers.lockAll(ids);
		this.helpers.recount(ids, HelpStatus.ANSWERING, monthStart(now));
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		reconcile(this.clock.instant());
	}

	/** Counts again every Leader's load, {@value #BATCH} Leaders per transaction. */
	int reconcile(Instant now) {
		int counted = 0;
		// The smallest id in the database's order, which compares ids as unsigned bytes
		UUID after = new UUID(0, 0);
		while (true) {
			List<UUID> ids = this.helpers.idsAfter(after, Limit.of(BATCH));
			if (ids.isEmpty()) {
				return counted;
			}
			this.transactions.executeWithoutResult(status -> recount(ids, now));
			counted += ids.size();
			after = ids.getLast();
		}
	}

}
