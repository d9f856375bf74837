package org.latch.demo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.latch.account.AccountManagement;
import org.latch.calendar.CampaignSummary;
import org.latch.calendar.Campaigns;
import org.latch.calendar.Registrant;
import org.latch.calendar.SiteSummary;
import org.latch.calendar.TeamSummary;
import org.latch.fundraising.BeneficiaryShare;
import org.latch.fundraising.FundraisingManagement;

/**
 * The money side of the demo campaign ({@link DemoCampaign#DEMO_CAMPAIGN}): four
 * beneficiaries and a goal, team pages and two walkers' pages, gifts online (completed as
 * Stripe's webhook would) and in cash and by check at a site, one refund, and one
 * registration fee paid in cash (the other fees stay owed). Registered walkers' own pages
 * open from the calendar's registrations once the demo is stored.
 */
@Component
class DemoFundraising {

	private final Campaigns campaigns;

	private final FundraisingManagement fundraising;

	private final AccountManagement accounts;

	DemoFundraising(Campaigns campaigns, FundraisingManagement fundraising, AccountManagement accounts) {
		this.campaigns = campaigns;
		this.fundraising = fundraising;
		this.accounts = accounts;
	}

	/** Loads it when the demo campaign exists; the number of gifts. */
	int load(String organizer) {
		Optional<CampaignSummary> found = this.campaigns.find(DemoCampaign.DEMO_CAMPAIGN);
		if (found.isEmpty()) {
			return 0;
		}
		UUID campaign = found.get().id();
		UUID organizerId = id(organizer);
		this.fundraising.setUpFunding(campaign, 2_500_000, "USD", List.of(
				new BeneficiaryShare("Demo Milk Bank of New England", "Demo Milk Bank of New England, Inc.",
						"Demo Milk Bank of New England, Inc. is a 501(c)(3) non-profit (demo EIN 00-0000001). "
								+ "No goods or services were provided in exchange for this gift.",
						4000),
				new BeneficiaryShare("NEC Society", "NEC Society (demo)",
						"NEC Society is a 501(c)(3) non-profit (demo EIN 00-0000002).", 2000),
				new BeneficiaryShare("Best for Babes", "Best for Babes Foundation (demo)",
						"Best for Babes Foundation is a 501(c)(3) non-profit (demo EIN 00-0000003).", 2000),
				new BeneficiaryShare("La Leche League USA", "La Leche League of the United States (demo)",
						"La Leche League USA is a 501(c)(3) non-profit (demo EIN 00-0000004).", 2000)));
		List<TeamSummary> teams = this.campaigns.teams(campaign);
		UUID team = teams.isEmpty() ? null : this.fundraising.teamPage(campaign, teams.getFirst().id());
		teams.forEach(other -> this.fundraising.teamPage(campaign, other.id()));
		UUID keisha = this.fundraising.startPage(campaign, id("keisha.whitfield@leaders.example.org"),
				"Keisha walks for NICU babies",
				"My daughter was born at 29 weeks and donor milk fed her until mine came in. "
						+ "Every dollar helps a milk bank screen donors and pasteurize milk for babies like her.",
				50_000, 120, 300, team);
		UUID fabienne = this.fundraising.startPage(campaign, id("fabienne.desir@leaders.example.org"),
				"Fabienne mache pou lèt moun bay", "Pou chak ti bebe ki nan NICU: lèt moun bay sove lavi.", 30_000,
				null, null, null);
		int gifts = 0;
		this.fundraising.giveOnline(keisha, 5_000, "Tova O.", false, "So proud of you!", "en");
		this.fundraising.giveOnline(keisha, 2_500, "A friend", true, null, "en");
		this.fundraising.giveOnline(fabienne, 2_000, "Jean-Baptiste D.", false, "Bon kouraj!", "ht");
		this.fundraising.giveOnline(fabienne, 10_000, "Miami Parents Group", false, null, "en");
		gifts += 4;
		if (team != null) {
			this.fundraising.giveOnline(team, 7_550, "Dianne C.", false, "For every baby who needs milk.", "en");
			gifts++;
		}
		List<SiteSummary> sites = this.campaigns.sites(campaign);
		if (!sites.isEmpty()) {
			SiteSummary site = sites.getFirst();
			UUID by = (site.coordinator() == null) ? organizerId : site.coordinator();
			this.fundraising.giveOffline(keisha, site.id(), 2_000, false, "CASH-0001", "Walker at the start line", by);
			UUID check = this.fundraising.giveOffline(keisha, site.id(), 10_000, true, "CHK-1042",
					"Grace Community Church", by);
			this.fundraising.giveOffline(fabienne, site.id(), 1_500, false, "CASH-0002", "Lena M.", by);
			this.fundraising.refund(check, 2_500, "The church asked to give $75.00 instead of $100.00", organizerId);
			gifts += 3;
		}
		feePaidInCash(campaign, organizerId);
		return gifts;
	}

	/**
	 * The first confirmed walker owing a fee (Prospect Park, by the order of the demo's
	 * registrations) paid it in cash at the site; the others still owe theirs.
	 */
	private void feePaidInCash(UUID campaign, UUID organizerId) {
		this.campaigns.registrants(campaign)
			.stream()
			.filter(Registrant::owesFee)
			.findFirst()
			.ifPresent(registrant -> this.fundraising.feePaidInCash(registrant.id(), organizerId));
	}

	private UUID id(String email) {
		return this.accounts.person(email)
			.orElseThrow(() -> new IllegalStateException("No demo account " + email))
			.id();
	}

}
