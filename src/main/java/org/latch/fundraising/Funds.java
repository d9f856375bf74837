package org.latch.fundraising;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.calendar.CampaignFunds;
import org.latch.calendar.CampaignManagement;
import org.latch.calendar.FundsProgress;
import org.latch.calendar.PageOffer;

/**
 * A campaign's funding set-up, and its progress for the calendar's public campaign page:
 * completed gifts minus refunds against the goal (fees are not gifts and never count).
 */
@Service
class Funds implements CampaignFunds {

	private final FundingRepository fundings;

	private final Giving giving;

	private final Fees fees;

	private final CampaignManagement calendar;

	private final MessageSource messages;

	private final Clock clock;

	Funds(FundingRepository fundings, Giving giving, Fees fees, CampaignManagement calendar, MessageSource messages,
			Clock clock) {
		this.fundings = fundings;
		this.giving = giving;
		this.fees = fees;
		this.calendar = calendar;
		this.messages = messages;
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

	/** The leaderboards and starting a page, for the public campaign page. */
	@Override
	public List<PageOffer> links(UUID campaign, Locale locale) {
		return List.of(
				PageOffer.link(this.messages.getMessage("fund.campaign.leaderboards", null, locale),
						FundPaths.fundraisers(campaign)),
				PageOffer.link(this.messages.getMessage("fund.campaign.start", null, locale),
						FundPaths.start(campaign)));
	}

	@Transactional(readOnly = true)
	Optional<Funding> of(UUID campaign) {
		return this.fundings.findById(campaign);
	}

	/**
	 * Sets goal, currency and beneficiaries. Gifts already completed keep the split they
	 * were made with. The currency is the campaign's one currency, kept in the calendar
	 * (fees are charged in it) and copied here in the same transaction; it cannot change
	 * once a gift was started or a fee paid.
	 */
	@Transactional
	boolean set(UUID campaign, String campaignCurrency, FundingForm.Checked checked) {
		Funding funding = this.fundings.findById(campaign).orElseGet(() -> new Funding(campaign));
		if (!campaignCurrency.equals(checked.currency())
				&& (this.giving.anyIn(campaign) || this.fees.anyIn(campaign))) {
			return false;
		}
		funding.set(checked.goalCents(), checked.currency(), checked.beneficiaries(), this.clock.instant());
		this.fundings.save(funding);
		if (!campaignCurrency.equals(checked.currency())) {
			this.calendar.changeCurrency(campaign, checked.currency());
		}
		return true;
	}

}
