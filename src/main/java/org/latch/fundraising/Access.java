package org.latch.fundraising;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import org.latch.account.AccountManagement;
import org.latch.account.Person;
import org.latch.calendar.CampaignSummary;
import org.latch.calendar.Campaigns;
import org.latch.calendar.SiteSummary;

/**
 * Who may do what with a campaign's money: its organizers everything, a site's
 * coordinator the gifts of their site, a page's owner their page, a registrant (by their
 * registration's private link) the page opened for them. Anyone else gets 403; an unknown
 * campaign is a 404.
 */
@Component
class Access {

	private final Campaigns campaigns;

	private final AccountManagement accounts;

	Access(Campaigns campaigns, AccountManagement accounts) {
		this.campaigns = campaigns;
		this.accounts = accounts;
	}

	CampaignSummary campaign(UUID campaign) {
		return this.campaigns.find(campaign).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	Optional<Person> person(@Nullable Principal principal) {
		return (principal == null) ? Optional.empty() : this.accounts.person(principal.getName());
	}

	Person signedIn(@Nullable Principal principal) {
		return person(principal).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

	boolean organizes(UUID campaign, @Nullable Principal principal) {
		return person(principal).map(person -> this.campaigns.organizes(campaign, person.id())).orElse(false);
	}

	boolean organizes(UUID campaign, Person person) {
		return this.campaigns.organizes(campaign, person.id());
	}

	/** The organizer, or 403. */
	Person organizer(UUID campaign, @Nullable Principal principal) {
		Person person = signedIn(principal);
		if (!this.campaigns.organizes(campaign, person.id())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return person;
	}

	/**
	 * The sites of the campaign whose gifts this person keeps: every site for an
	 * organizer, their own for a coordinator; 403 for anyone else.
	 */
	List<SiteSummary> keptSites(UUID campaign, Person person) {
		List<SiteSummary> sites = this.campaigns.sites(campaign);
		if (this.campaigns.organizes(campaign, person.id())) {
			return sites;
		}
		List<SiteSummary> own = sites.stream()
			.filter(site -> this.campaigns.coordinates(site.id(), person.id()))
			.toList();
		if (own.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return own;
	}

	/** Whether this person may edit the page: its owner or an organizer. */
	boolean edits(FundPage page, @Nullable Principal principal) {
		return person(principal)
			.map(person -> person.id().equals(page.ownerId())
					|| this.campaigns.organizes(page.campaignId(), person.id()))
			.orElse(false);
	}

	/**
	 * Whether {@code key} is the private link of the registration the page was opened
	 * for: its registrant, who has no account, edits it with that link while it is open.
	 */
	boolean registrantEdits(FundPage page, @Nullable String key) {
		UUID registration = page.registrationId();
		return key != null && registration != null && !page.closed()
				&& this.campaigns.registrantBySecret(key)
					.filter(registrant -> registrant.id().equals(registration))
					.isPresent();
	}

}
