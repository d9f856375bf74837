package org.latch.impact;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.stereotype.Service;

import org.latch.account.AccountManagement;
import org.latch.account.Role;
import org.latch.directory.DirectoryManagement;
import org.latch.directory.NetworkReach;
import org.latch.helprequest.HelpManagement;
import org.latch.milkdonation.MilkDonationTotals;
import org.latch.milkdonation.MilkTotals;

/**
 * Composes the figures from each module's own count and keeps them for a minute, so that
 * the home page does not run seven aggregate queries per visit; one visitor at a time
 * computes them when they are stale, the others wait for that result.
 */
@Service
class LiveFigures {

	/** How long computed figures are shown; the pages say "updated every minute". */
	static final Duration FRESH = Duration.ofMinutes(1);

	private final AccountManagement accounts;

	private final DirectoryManagement directory;

	private final HelpManagement help;

	private final MilkDonationTotals milk;

	private final Clock clock;

	private final LoadingCache<Boolean, ImpactFigures> computed;

	LiveFigures(AccountManagement accounts, DirectoryManagement directory, HelpManagement help, MilkDonationTotals milk,
			Clock clock) {
		this.accounts = accounts;
		this.directory = directory;
		this.help = help;
		this.milk = milk;
		this.clock = clock;
		this.computed = Caffeine.newBuilder().expireAfterWrite(FRESH).maximumSize(1).build(key -> compute());
	}

	/** The figures computed within the last minute, or now. */
	ImpactFigures current() {
		return this.computed.get(Boolean.TRUE);
	}

	/** Computes the figures now and shows those from now on. */
	ImpactFigures recount() {
		ImpactFigures figures = compute();
		this.computed.put(Boolean.TRUE, figures);
		return figures;
	}

	private ImpactFigures compute() {
		NetworkReach reach = this.directory.reach();
		MilkTotals milk = this.milk.overall();
		return new ImpactFigures(this.clock.instant(), this.accounts.countHolding(Role.LEADER),
				this.help.familiesHelped(), reach.countries(), reach.regions(), reach.groupsInPerson(),
				reach.groupsOnline(), milk.ouncesConfirmed(), milk.millilitresConfirmed());
	}

}
