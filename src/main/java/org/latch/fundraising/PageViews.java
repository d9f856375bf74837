package org.latch.fundraising;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.latch.calendar.CampaignSummary;

/** Builds the fundraising pages and leaderboards as a reader sees them. */
@Component
class PageViews {

	/** At most this many pages in each leaderboard. */
	static final int TOP = 20;

	private final Fundraisers fundraisers;

	private final Giving giving;

	private final FundingRepository fundings;

	private final GiftRepository gifts;

	private final StripeSettings stripe;

	PageViews(Fundraisers fundraisers, Giving giving, FundingRepository fundings, GiftRepository gifts,
			StripeSettings stripe) {
		this.fundraisers = fundraisers;
		this.giving = giving;
		this.fundings = fundings;
		this.gifts = gifts;
		this.stripe = stripe;
	}

	@Transactional(readOnly = true)
	PageView page(FundPage page, CampaignSummary campaign, Locale locale, boolean edits) {
		Optional<Funding> funding = this.fundings.findById(page.campaignId());
		Ledger ledger = this.giving.ledger(page.campaignId());
		String currency = funding.map(Funding::currency).orElse("USD");
		long raised = page.isTeam() ? ledger.team(page.id()) : ledger.page(page.id());
		Bar funds = funding.isEmpty() ? null : Bar.funds(raised, page.goalCents(), currency, locale);
		PageView.Ranked team = (page.teamPageId() == null) ? null
				: this.fundraisers.page(page.teamPageId())
					.map(found -> ranked(found, ledger.team(found.id()), currency, locale))
					.orElse(null);
		List<PageView.Ranked> members = page.isTeam() ? this.fundraisers.members(page.id())
			.stream()
			.map(member -> ranked(member, ledger.page(member.id()), currency, locale))
			.toList() : List.of();
		List<PageView.Honor> honor = this.gifts.completedFor(page.id())
			.stream()
			.filter(gift -> ledger.kept(gift.id()) > 0)
			.map(gift -> new PageView.Honor(gift.anonymous() ? null : gift.giverName(),
					Money.format(gift.amountCents(), gift.currency(), locale), gift.message()))
			.toList();
		return new PageView(page.id(), page.title(), page.story(), page.isTeam(), page.campaignId(), campaign.name(),
				funds, Bar.ounces(page.ouncesPledged(), page.ouncesGoal(), locale), team, members, honor,
				funding.isPresent() && this.stripe.enabled() && !page.closed(), edits && !page.closed(), page.closed());
	}

	/** The campaign's people and teams by what they raised, of one site when given. */
	@Transactional(readOnly = true)
	Leaderboard leaderboard(UUID campaign, @Nullable UUID site, Locale locale) {
		Ledger ledger = this.giving.ledger(campaign);
		String currency = this.fundings.findById(campaign).map(Funding::currency).orElse("USD");
		List<FundPage> all = this.fundraisers.of(campaign);
		List<PageView.Ranked> people = all.stream()
			.filter(page -> !page.isTeam() && !page.closed() && (site == null || site.equals(page.siteId())))
			.sorted(Comparator.comparingLong((FundPage page) -> -ledger.page(page.id())).thenComparing(FundPage::title))
			.limit(TOP)
			.map(page -> ranked(page, ledger.page(page.id()), currency, locale))
			.toList();
		List<PageView.Ranked> teams = all.stream()
			.filter(page -> page.isTeam() && (site == null || all.stream()
				.anyMatch(member -> page.id().equals(member.teamPageId()) && site.equals(member.siteId()))))
			.sorted(Comparator.comparingLong((FundPage page) -> -ledger.team(page.id())).thenComparing(FundPage::title))
			.limit(TOP)
			.map(page -> ranked(page, ledger.team(page.id()), currency, locale))
			.toList();
		return new Leaderboard(people, teams, Money.format(ledger.raised(), currency, locale));
	}

	private static PageView.Ranked ranked(FundPage page, long raised, String currency, Locale locale) {
		return new PageView.Ranked(page.id(), page.title(), Money.format(raised, currency, locale));
	}

	/** A campaign's leaderboards. */
	record Leaderboard(List<PageView.Ranked> people, List<PageView.Ranked> teams, String raised) {
	}

}
