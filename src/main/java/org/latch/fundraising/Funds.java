package org.latch.fundraising;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.calendar.CampaignFunds;
import org.latch.calendar.FundsProgress;

/**
 * A campaign's funding set-up, and its progress for the calendar's public campaign page:
 * completed gifts minus refunds against the goal.
 */
@Service
class Funds implements CampaignFunds {

	private final FundingRepository fundings;

	private final Giving giving;

	private final Clock clock;

	Funds(FundingRepository fundings, Giving giving, Clock clock) {
		this.fundings = fundings;
		this.giving = giving;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<FundsProgress> progress(UUID campaign) {
		return this.fundings.findById(campaign).map(funding -> {
			Ledger ledger = this.giving.ledger(campaign);
			return new FundsProgress(ledger.raised(), funding.goalCents(), funding.currency(), ledger.gifts());
		});
	}

	@Transactional(readOnly = true)
	Optional<Funding> of(UUID campaign) {
		return this.fundings.findById(campaign);
	}

	/**
	 * Sets goal, currency and beneficiaries. Gifts already completed keep the split they
	 * were made with; the currency cannot change once a gift was started.
	 */
	@Transactional
	boolean set(UUID campaign, FundingForm.Checked checked) {
		Funding funding = this.fundings.findById(campaign).orElseGet(() -> new Funding(campaign));
		if (!funding.isNew() && !funding.currency().equals(checked.currency()) && this.giving.anyIn(campaign)) {
			return false;
		}
		funding.set(checked.goalCents(), checked.currency(), checked.beneficiaries(), this.clock.instant());
		this.fundings.save(funding);
		return true;
	}

}
