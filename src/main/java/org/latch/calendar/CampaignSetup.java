package org.latch.calendar;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.directory.UnitId;

/**
 * Creating and changing campaigns and their sites, from checked details. Who may do it is
 * decided by the caller through {@link Campaigns#organizes} and
 * {@link Campaigns#coordinates}.
 */
@Service
class CampaignSetup {

	private final CampaignRepository campaigns;

	private final SiteRepository sites;

	private final Registrations registrations;

	private final Clock clock;

	CampaignSetup(CampaignRepository campaigns, SiteRepository sites, Registrations registrations, Clock clock) {
		this.campaigns = campaigns;
		this.sites = sites;
		this.registrations = registrations;
		this.clock = clock;
	}

	@Transactional
	UUID create(UnitId organizer, CampaignDetails details) {
		return create(UUID.randomUUID(), organizer, details);
	}

	/** Creates a campaign with a chosen id (the demo's campaign has a fixed one). */
	@Transactional
	UUID create(UUID id, UnitId organizer, CampaignDetails details) {
		this.campaigns.save(new Campaign(id, organizer, details, this.clock.instant()));
		return id;
	}

	@Transactional
	boolean change(UUID campaign, CampaignDetails details) {
		Optional<Campaign> found = this.campaigns.findById(campaign);
		found.ifPresent(existing -> existing.change(details));
		return found.isPresent();
	}

	@Transactional
	UUID addSite(UUID campaign, SiteDetails details) {
		UUID id = UUID.randomUUID();
		this.sites.save(new Site(id, campaign, details, this.clock.instant()));
		return id;
	}

	/**
	 * Changes a site; a larger capacity promotes from the waitlist at once. The site's
	 * row is locked as registrations lock it.
	 */
	@Transactional
	boolean changeSite(UUID site, SiteDetails details) {
		Optional<Site> found = this.sites.lockById(site);
		found.ifPresent(existing -> {
			WaitingLine line = this.registrations.line(existing);
			existing.change(details);
			this.registrations.promote(existing, line);
		});
		return found.isPresent();
	}

	@Transactional(readOnly = true)
	Optional<CampaignDetails> details(UUID campaign) {
		return this.campaigns.findById(campaign).map(Campaign::details);
	}

	@Transactional(readOnly = true)
	Optional<SiteDetails> siteDetails(UUID site) {
		return this.sites.findById(site).map(Site::details);
	}

}
