package org.latch.calendar;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import org.latch.account.AccountManagement;
import org.latch.account.GrantView;
import org.latch.account.Role;
import org.latch.directory.DirectoryManagement;
import org.latch.directory.UnitId;
import org.latch.directory.UnitView;

/**
 * Who may organize what: the units a person may organize a campaign for (those they are
 * an Organization Administrator of, or every organization for platform administrators),
 * and the campaigns and sites they run.
 */
@Component
class Organizers {

	private final AccountManagement accounts;

	private final DirectoryManagement directory;

	private final Campaigns campaigns;

	private final CampaignRepository campaignRows;

	private final SiteRepository sites;

	Organizers(AccountManagement accounts, DirectoryManagement directory, Campaigns campaigns,
			CampaignRepository campaignRows, SiteRepository sites) {
		this.accounts = accounts;
		this.directory = directory;
		this.campaigns = campaigns;
		this.campaignRows = campaignRows;
		this.sites = sites;
	}

	/** A unit someone may organize for. */
	record Choice(UnitId id, String name) {
	}

	/** A campaign or site on the organizer's list. */
	record Row(String name, String day, String href) {
	}

	UUID account(Principal principal) {
		return this.accounts.person(principal.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN))
			.id();
	}

	/**
	 * Lets only the campaign's organizers through: 404 when there is no such campaign,
	 * 403 for anyone else.
	 */
	void requireOrganizer(UUID campaign, Principal principal) {
		if (this.campaigns.find(campaign).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (!this.campaigns.organizes(campaign, account(principal))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	List<Choice> units(Principal principal) {
		List<GrantView> grants = this.accounts.grantsOf(principal.getName());
		if (grants.stream().anyMatch(grant -> grant.role() == Role.PLATFORM_ADMIN)) {
			return this.directory.organizations(null, null).stream().map(Organizers::choice).toList();
		}
		return grants.stream()
			.filter(grant -> grant.role() == Role.ORG_ADMIN && grant.unit() != null)
			.map(grant -> this.directory.find(grant.unit()))
			.flatMap(java.util.Optional::stream)
			.map(Organizers::choice)
			.toList();
	}

	@Transactional(readOnly = true)
	List<Row> organized(UUID account) {
		return this.campaignRows.findAllByOrderByHeldOnDescNameAsc()
			.stream()
			.filter(campaign -> this.campaigns.organizes(campaign.id(), account))
			.map(campaign -> new Row(campaign.name(), campaign.day().toString(), CampaignPaths.campaign(campaign.id())))
			.toList();
	}

	@Transactional(readOnly = true)
	List<Row> coordinated(UUID account) {
		return this.sites.findByCoordinator(account)
			.stream()
			.map(site -> new Row(site.name(), site.city(), CampaignPaths.site(site.campaignId(), site.id())))
			.toList();
	}

	private static Choice choice(UnitView unit) {
		return new Choice(unit.id(), unit.name());
	}

}
