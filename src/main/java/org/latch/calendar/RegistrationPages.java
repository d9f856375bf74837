package org.latch.calendar;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.platform.PrivateLinks;

/** What the registration form offers, and the registrant's private page. */
@Service
class RegistrationPages {

	private final CampaignRepository campaigns;

	private final RegistrationRepository registrations;

	private final TeamRepository teams;

	private final CampaignPages pages;

	private final MessageSource messages;

	private final ObjectProvider<RegistrationActions> actions;

	RegistrationPages(CampaignRepository campaigns, RegistrationRepository registrations, TeamRepository teams,
			CampaignPages pages, MessageSource messages, ObjectProvider<RegistrationActions> actions) {
		this.messages = messages;
		this.actions = actions;
		this.campaigns = campaigns;
		this.registrations = registrations;
		this.teams = teams;
		this.pages = pages;
	}

	/** The campaign's sites (with places left), its virtual option and its teams. */
	record Choices(UUID campaign, String name, String day, boolean virtualOption, List<SiteView> sites,
			List<TeamSummary> teams, int partyMax) {

		String action() {
			return CampaignPaths.register(this.campaign);
		}

		String href() {
			return CampaignPaths.campaign(this.campaign);
		}

	}

	/** A registration as its registrant sees it. */
	record RegistrationView(String reference, String campaign, String campaignHref, String day, @Nullable SiteView site,
			@Nullable String team, String name, int people, RegistrationStatus status, @Nullable String feeOwed,
			int aheadInLine, List<PageOffer> offers) {

		boolean confirmed() {
			return this.status == RegistrationStatus.CONFIRMED;
		}

		boolean waitlisted() {
			return this.status == RegistrationStatus.WAITLISTED;
		}

		boolean cancelled() {
			return this.status == RegistrationStatus.CANCELLED;
		}

		/** The number in line while waiting: 1 is first. */
		int position() {
			return this.aheadInLine + 1;
		}

	}

	@Transactional(readOnly = true)
	Choices choices(Campaign campaign, Locale locale) {
		CampaignView view = this.pages
			.page(campaign.id(), new org.latch.platform.Localizer(this.messages, locale), true, null)
			.orElseThrow();
		return new Choices(campaign.id(), campaign.name(), view.day(), campaign.virtualOption(), view.sites(),
				this.teams.findByCampaignIdOrderByNameAsc(campaign.id()).stream().map(Team::summary).toList(),
				RegistrationChecks.PARTY_MAX);
	}

	@Transactional(readOnly = true)
	Optional<RegistrationView> registration(String secret, Locale locale) {
		if (!PrivateLinks.isSecret(secret)) {
			return Optional.empty();
		}
		return this.registrations.findBySecretHash(PrivateLinks.hash(secret))
			.map(found -> view(found, locale, offers(found, secret, locale)));
	}

	/** What other modules offer the registrant (the fee, their fundraising page). */
	private List<PageOffer> offers(Registration registration, String secret, Locale locale) {
		return this.actions.stream()
			.flatMap(source -> source.offers(registration.registrant(), secret, locale).stream())
			.toList();
	}

	private RegistrationView view(Registration registration, Locale locale, List<PageOffer> offers) {
		Campaign campaign = this.campaigns.findById(registration.campaignId()).orElseThrow();
		SiteView site = (registration.siteId() == null) ? null
				: this.pages.site(campaign.id(), registration.siteId(), locale, false).orElse(null);
		String team = (registration.teamId() == null) ? null
				: this.teams.findById(registration.teamId()).map(Team::name).orElse(null);
		String fee = (registration.feeOwedCents() == null) ? null
				: CampaignPages.money(registration.feeOwedCents(), campaign.currency(), locale);
		int ahead = 0;
		if (registration.status() == RegistrationStatus.WAITLISTED && registration.siteId() != null) {
			ahead = this.registrations
				.findBySiteIdAndStatusOrderByCreatedAtAscIdAsc(registration.siteId(), RegistrationStatus.WAITLISTED)
				.stream()
				.map(Registration::id)
				.toList()
				.indexOf(registration.id());
		}
		return new RegistrationView(registration.reference(), campaign.name(), CampaignPaths.campaign(campaign.id()),
				campaign.day()
					.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.FULL)
						.withLocale(locale)),
				site, team, registration.displayName(), registration.people(), registration.status(), fee, ahead,
				offers);
	}

}
