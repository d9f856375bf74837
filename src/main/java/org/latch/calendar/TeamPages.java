package org.latch.calendar;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What organizers see and change of a campaign's teams: each team with how many
 * registrations it has, every registration with its site and team (to move it), and
 * renaming a team.
 */
@Service
class TeamPages {

	private final CampaignRepository campaigns;

	private final SiteRepository sites;

	private final TeamRepository teams;

	private final RegistrationRepository registrations;

	private final ApplicationEventPublisher events;

	TeamPages(CampaignRepository campaigns, SiteRepository sites, TeamRepository teams,
			RegistrationRepository registrations, ApplicationEventPublisher events) {
		this.campaigns = campaigns;
		this.sites = sites;
		this.teams = teams;
		this.registrations = registrations;
		this.events = events;
	}

	/** A team and how many registrations (not cancelled) it has. */
	record TeamRow(UUID id, UUID campaign, String name, long registrations) {

		String renameHref() {
			return CampaignPaths.renameTeam(this.campaign, this.id);
		}

	}

	/**
	 * A registration on the organizers' list: {@code site} is null for the virtual
	 * stroll, {@code team} null for none.
	 */
	record Entry(UUID id, UUID campaign, String reference, String name, int people, RegistrationStatus status,
			@Nullable UUID siteId, @Nullable String site, @Nullable UUID teamId, @Nullable String team) {

		/** The move form as it stands: where the registration is now. */
		MoveForm form() {
			return new MoveForm((this.siteId == null) ? RegistrationForm.VIRTUAL : this.siteId.toString(),
					(this.teamId == null) ? RegistrationForm.NO_TEAM : this.teamId.toString());
		}

		String moveHref() {
			return CampaignPaths.move(this.campaign, this.id);
		}

		boolean movable() {
			return this.status != RegistrationStatus.CANCELLED;
		}

		String statusKey() {
			return "roster.status." + this.status.name();
		}

	}

	/** The campaign's teams and registrations, in the order people registered. */
	record Roster(UUID campaign, String name, List<TeamRow> teams, List<Entry> entries) {

		String href() {
			return CampaignPaths.campaign(this.campaign);
		}

	}

	@Transactional(readOnly = true)
	Optional<Roster> roster(UUID campaign) {
		return this.campaigns.findById(campaign).map(found -> {
			List<Entry> entries = entries(campaign,
					this.registrations.findByCampaignIdOrderByCreatedAtAscIdAsc(campaign));
			Map<UUID, Long> members = entries.stream()
				.filter(Entry::movable)
				.filter(entry -> entry.teamId() != null)
				.collect(Collectors.groupingBy(Entry::teamId, Collectors.counting()));
			List<TeamRow> rows = this.teams.findByCampaignIdOrderByNameAsc(campaign)
				.stream()
				.map(team -> new TeamRow(team.id(), campaign, team.name(), members.getOrDefault(team.id(), 0L)))
				.toList();
			return new Roster(campaign, found.name(), rows, entries);
		});
	}

	/** The registration if it is the campaign's. */
	@Transactional(readOnly = true)
	Optional<Entry> entry(UUID campaign, UUID registration) {
		return this.registrations.findById(registration)
			.filter(found -> found.campaignId().equals(campaign))
			.map(found -> entries(campaign, List.of(found)).getFirst());
	}

	/** The team if it is the campaign's. */
	@Transactional(readOnly = true)
	Optional<TeamSummary> team(UUID campaign, UUID team) {
		return this.teams.findById(team).filter(found -> found.campaignId().equals(campaign)).map(Team::summary);
	}

	/**
	 * Renames the team; a name another team took meanwhile fails on the database's unique
	 * key, and nothing changes.
	 */
	@Transactional
	void rename(UUID team, String name) {
		Team found = this.teams.findById(team).orElseThrow();
		found.rename(name);
		this.teams.saveAndFlush(found);
		this.events.publishEvent(new TeamRenamed(found.id(), found.campaignId(), found.name()));
	}

	private List<Entry> entries(UUID campaign, List<Registration> registrations) {
		Map<UUID, String> siteNames = this.sites.namesOf(campaign);
		Map<UUID, String> teamNames = this.teams.namesOf(campaign);
		Function<Registration, Entry> entry = registration -> new Entry(registration.id(), campaign,
				registration.reference(), registration.displayName(), registration.people(), registration.status(),
				registration.siteId(), (registration.siteId() == null) ? null : siteNames.get(registration.siteId()),
				registration.teamId(), (registration.teamId() == null) ? null : teamNames.get(registration.teamId()));
		return registrations.stream().map(entry).toList();
	}

}
