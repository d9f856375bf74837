package org.latch.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.account.AccountManagement;
import org.latch.account.Role;
import org.latch.platform.PrivateLinks;

/**
 * The calendar module's campaigns as other modules read them (fundraising credits gifts
 * to campaigns, sites and teams), and who may run them: a campaign's organizers are the
 * Organization Administrators of its organizing unit (or of a unit above it) and platform
 * administrators; a site's coordinator runs that site.
 */
@Service
public class Campaigns {

	private final CampaignRepository campaigns;

	private final SiteRepository sites;

	private final TeamRepository teams;

	private final RegistrationRepository registrations;

	private final AccountManagement accounts;

	private final Clock clock;

	Campaigns(CampaignRepository campaigns, SiteRepository sites, TeamRepository teams,
			RegistrationRepository registrations, AccountManagement accounts, Clock clock) {
		this.campaigns = campaigns;
		this.sites = sites;
		this.teams = teams;
		this.registrations = registrations;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The campaign, published or draft. */
	@Transactional(readOnly = true)
	public Optional<CampaignSummary> find(UUID campaign) {
		return this.campaigns.findById(campaign).map(Campaign::summary);
	}

	/**
	 * Published campaigns whose day is today or later (today in UTC, by the application's
	 * clock), soonest first.
	 */
	@Transactional(readOnly = true)
	public List<CampaignSummary> upcoming() {
		return this.campaigns.findByPublishedTrueAndHeldOnGreaterThanEqualOrderByHeldOnAscNameAsc(today())
			.stream()
			.map(Campaign::summary)
			.toList();
	}

	/** The campaign's local sites by name; none for an unknown campaign. */
	@Transactional(readOnly = true)
	public List<SiteSummary> sites(UUID campaign) {
		return this.sites.findByCampaignIdOrderByNameAsc(campaign).stream().map(Site::summary).toList();
	}

	@Transactional(readOnly = true)
	public Optional<SiteSummary> site(UUID site) {
		return this.sites.findById(site).map(Site::summary);
	}

	/** The campaign's teams by name. */
	@Transactional(readOnly = true)
	public List<TeamSummary> teams(UUID campaign) {
		return this.teams.findByCampaignIdOrderByNameAsc(campaign).stream().map(Team::summary).toList();
	}

	/** Who registered, whatever the registration's status now. */
	@Transactional(readOnly = true)
	public Optional<Registrant> registrant(UUID registration) {
		return this.registrations.findById(registration).map(Registration::registrant);
	}

	/**
	 * Who holds this private registration link, whatever the registration's status: the
	 * link authorizes its holder (the registrant, who has no account) on their own
	 * things.
	 */
	@Transactional(readOnly = true)
	public Optional<Registrant> registrantBySecret(String secret) {
		return PrivateLinks.isSecret(secret)
				? this.registrations.findBySecretHash(PrivateLinks.hash(secret)).map(Registration::registrant)
				: Optional.empty();
	}

	/**
	 * The campaign's registrations with this reference (as on the CSV and in the emails),
	 * ignoring case and spaces around it; more than one only in the rare case of two
	 * equal random references.
	 */
	@Transactional(readOnly = true)
	public List<Registrant> registrantsByReference(UUID campaign, String reference) {
		String wanted = reference.strip().toUpperCase(java.util.Locale.ROOT);
		return this.registrations.findByCampaignIdAndReference(campaign, wanted)
			.stream()
			.map(Registration::registrant)
			.toList();
	}

	/** The campaign's registrations in the order they came, whatever their status. */
	@Transactional(readOnly = true)
	public List<Registrant> registrants(UUID campaign) {
		return this.registrations.findByCampaignIdOrderByCreatedAtAscIdAsc(campaign)
			.stream()
			.map(Registration::registrant)
			.toList();
	}

	/**
	 * Whether the account may set up the campaign: an Organization Administrator of the
	 * organizing unit or of a unit above it, or a platform administrator.
	 */
	@Transactional(readOnly = true)
	public boolean organizes(UUID campaign, UUID account) {
		return this.campaigns.findById(campaign).map(found -> administers(account, found)).orElse(false);
	}

	/**
	 * Whether the account may run the site: its coordinator, or one of the organizers.
	 */
	@Transactional(readOnly = true)
	public boolean coordinates(UUID site, UUID account) {
		return this.sites.findById(site)
			.map(found -> account.equals(found.coordinator()) || organizes(found.campaignId(), account))
			.orElse(false);
	}

	private boolean administers(UUID account, Campaign campaign) {
		return this.accounts.person(account)
			.map(person -> this.accounts.reaches(person.email(), Set.of(Role.ORG_ADMIN), campaign.organizer()))
			.orElse(false);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(java.time.ZoneOffset.UTC));
	}

}
