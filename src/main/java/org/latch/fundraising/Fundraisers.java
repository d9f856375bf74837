package org.latch.fundraising;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.calendar.Campaigns;
import org.latch.calendar.Registrant;
import org.latch.calendar.RegistrationCancelled;
import org.latch.calendar.RegistrationConfirmed;
import org.latch.calendar.RegistrationMoved;
import org.latch.calendar.TeamRenamed;
import org.latch.calendar.TeamSummary;

/**
 * Personal and team pages: a page opens for each confirmed registration (in the
 * registrant's team's page when they came as a team) and closes when it is cancelled;
 * anyone signed in may start one; their owners, the campaign's organizers and (for a
 * registrant's page) the holder of the registration's private link edit them.
 */
@Service
class Fundraisers {

	private final FundPageRepository pages;

	private final Campaigns campaigns;

	private final Clock clock;

	Fundraisers(FundPageRepository pages, Campaigns campaigns, Clock clock) {
		this.pages = pages;
		this.campaigns = campaigns;
		this.clock = clock;
	}

	/** Opens the registrant's page, once however often the event comes. */
	@ApplicationModuleListener
	void on(RegistrationConfirmed confirmed) {
		open(confirmed.registration());
	}

	/**
	 * Closes the registrant's page: off the leaderboards, no more gifts; its gifts stay
	 * in the campaign's and the team's totals, which are sums of gifts.
	 */
	@ApplicationModuleListener
	void on(RegistrationCancelled cancelled) {
		close(cancelled.registration());
	}

	/**
	 * The registrant's page follows an organizer's move to another site or team; gifts
	 * already given stay credited to the team and site they were given to.
	 */
	@ApplicationModuleListener
	void on(RegistrationMoved moved) {
		move(moved.registration(), moved.campaign(), moved.site(), moved.team());
	}

	/** A team page is named after its team. */
	@ApplicationModuleListener
	void on(TeamRenamed renamed) {
		rename(renamed.campaign(), renamed.team(), renamed.name());
	}

	@Transactional
	void move(UUID registration, UUID campaign, @Nullable UUID site, @Nullable UUID team) {
		this.pages.findByRegistrationId(registration)
			.ifPresent(page -> page.moveTo(site, (team == null) ? null : teamPage(campaign, team).orElse(null)));
	}

	@Transactional
	void rename(UUID campaign, UUID team, String name) {
		this.pages.findByCampaignIdAndCalendarTeamId(campaign, team).ifPresent(page -> page.rename(name));
	}

	@Transactional
	void close(UUID registration) {
		this.pages.findByRegistrationId(registration).ifPresent(page -> page.close(this.clock.instant()));
	}

	/** The page opened for the registration, open or closed. */
	@Transactional(readOnly = true)
	Optional<FundPage> ofRegistration(UUID registration) {
		return this.pages.findByRegistrationId(registration);
	}

	@Transactional
	Optional<FundPage> open(UUID registration) {
		Optional<FundPage> existing = this.pages.findByRegistrationId(registration);
		if (existing.isPresent()) {
			return existing;
		}
		Optional<Registrant> registrant = this.campaigns.registrant(registration);
		if (registrant.isEmpty() || registrant.get().cancelled()) {
			// Cancelled before this event was handled: no page to open.
			return Optional.empty();
		}
		Registrant who = registrant.get();
		FundPage team = (who.team() == null) ? null : teamPage(who.campaign(), who.team()).orElse(null);
		return Optional.of(this.pages.save(FundPage.forRegistration(who.campaign(), registration, who.displayName(),
				who.site(), team, 0, this.clock.instant())));
	}

	/** The page of a calendar team, opened the first time it is needed. */
	@Transactional
	Optional<FundPage> teamPage(UUID campaign, UUID calendarTeam) {
		Optional<FundPage> existing = this.pages.findByCampaignIdAndCalendarTeamId(campaign, calendarTeam);
		if (existing.isPresent()) {
			return existing;
		}
		return this.campaigns.teams(campaign)
			.stream()
			.filter(team -> team.id().equals(calendarTeam))
			.findFirst()
			.map(team -> this.pages.save(FundPage.forTeam(campaign, team.id(), team.name(), 0, this.clock.instant())));
	}

	/** Opens the pages of every team of the campaign not opened yet. */
	@Transactional
	List<FundPage> teamPages(UUID campaign) {
		for (TeamSummary team : this.campaigns.teams(campaign)) {
			teamPage(campaign, team.id());
		}
		return this.pages.findByCampaignIdOrderByTitle(campaign).stream().filter(FundPage::isTeam).toList();
	}

	@Transactional
	FundPage start(UUID campaign, UUID owner, PageDetails details, @Nullable UUID teamPage) {
		FundPage team = (teamPage == null) ? null
				: this.pages.findById(teamPage)
					.filter(page -> page.isTeam() && page.campaignId().equals(campaign))
					.orElseThrow(() -> new IllegalArgumentException("Not a team of " + campaign));
		return this.pages.save(FundPage.started(campaign, owner, details, team, this.clock.instant()));
	}

	@Transactional
	void describe(UUID page, PageDetails details) {
		this.pages.findById(page).orElseThrow().describe(details);
	}

	@Transactional(readOnly = true)
	Optional<FundPage> page(UUID id) {
		return this.pages.findById(id);
	}

	@Transactional(readOnly = true)
	List<FundPage> of(UUID campaign) {
		return this.pages.findByCampaignIdOrderByTitle(campaign);
	}

	/** A team's member pages still open. */
	@Transactional(readOnly = true)
	List<FundPage> members(UUID teamPage) {
		return this.pages.findByTeamPageIdOrderByTitle(teamPage).stream().filter(page -> !page.closed()).toList();
	}

}
