package org.latch.calendar;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.platform.PrivateLinks;

/**
 * Setting up campaigns from other modules (the demo), under the same rules as the pages:
 * a campaign, its sites, and registrations that take places or wait in line.
 */
@Service
public class CampaignManagement {

	private final CampaignSetup setup;

	private final Registrations registrations;

	private final TeamRepository teams;

	private final CampaignRepository campaigns;

	CampaignManagement(CampaignSetup setup, Registrations registrations, TeamRepository teams,
			CampaignRepository campaigns) {
		this.setup = setup;
		this.registrations = registrations;
		this.teams = teams;
		this.campaigns = campaigns;
	}

	/**
	 * Sets the one currency (ISO 4217 code) of the campaign's fees and gifts. The caller
	 * (fundraising, which takes the money) checked that no money was taken in the old
	 * one; fees already owed keep their amount in the new currency.
	 */
	@Transactional
	public void changeCurrency(UUID campaign, String currency) {
		java.util.Currency.getInstance(currency);
		this.campaigns.findById(campaign).orElseThrow().currency(currency);
	}

	/** Creates the campaign with the given id. */
	@Transactional
	public UUID create(UUID id, NewCampaign campaign) {
		return this.setup.create(id, campaign.organizer(),
				new CampaignDetails(campaign.name(), campaign.story(), campaign.day(), campaign.zone(),
						campaign.coHosts(), campaign.ouncesGoal(), campaign.virtualOption(),
						campaign.sponsors().stream().map(sponsor -> sponsor.value()).toList(), campaign.published()));
	}

	/**
	 * Adds (or replaces) the story's translation into one of Latch's languages other than
	 * the original's; false when there is no such campaign.
	 */
	@Transactional
	public boolean translateStory(UUID campaign, String language, String story) {
		return this.setup.details(campaign).map(details -> {
			java.util.Map<String, String> translations = new java.util.HashMap<>(details.translations());
			translations.put(language, story);
			return this.setup.change(campaign,
					new CampaignDetails(details.name(), details.story(), details.day(), details.zone(),
							details.coHosts(), details.ouncesGoal(), details.virtualOption(), details.sponsors(),
							details.published(), details.storyLanguage(), translations));
		}).orElse(false);
	}

	@Transactional
	public UUID addSite(UUID campaign, NewSite site) {
		return this.setup.addSite(campaign, new SiteDetails(site.name(), site.place(), site.city(), site.point(),
				site.coordinator(), site.startsAt(), site.routeKm(), site.capacity(), site.feeCents()));
	}

	/**
	 * Registers someone, confirmed or waitlisted as the form would; a team named in
	 * {@code registration} is joined when it exists, created otherwise. Returns the
	 * registration's id.
	 */
	@Transactional
	public UUID register(UUID campaign, NewRegistration registration) {
		return register(campaign, registration, PrivateLinks.newSecret());
	}

	/**
	 * Registers someone whose private link's secret is chosen (the demo shows a waiting
	 * person's page at a known address); {@code secret} must have the shape of one.
	 */
	@Transactional
	public UUID register(UUID campaign, NewRegistration registration, String secret) {
		if (!PrivateLinks.isSecret(secret)) {
			throw new IllegalArgumentException("Not a private link's secret");
		}
		TeamChoice team = TeamChoice.NONE;
		if (registration.team() != null) {
			team = this.teams.findByCampaignIdAndNameKey(campaign, Team.key(registration.team()))
				.map(found -> TeamChoice.join(found.id()))
				.orElse(TeamChoice.create(registration.team()));
		}
		return this.registrations
			.register(campaign, registration.site(), team,
					new Entrant(registration.name(), registration.email(), registration.language(),
							registration.people()),
					secret)
			.id();
	}

}
