package org.latch.calendar;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.directory.DirectoryManagement;
import org.latch.directory.UnitId;
import org.latch.directory.UnitView;
import org.latch.milkdonation.MilkDonationTotals;
import org.latch.milkdonation.MilkTotals;
import org.latch.partner.SponsorId;
import org.latch.partner.SponsorRegister;
import org.latch.platform.Language;
import org.latch.platform.Localizer;

/**
 * Builds the campaign pages: the story in the reader's language when the organizers wrote
 * it, else the original (marked with its language); sponsors are asked of the WHO Code
 * register on every view (only those current today are shown), ounces come from milk
 * donation, funds from a {@link CampaignFunds} bean when the fundraising module provides
 * one.
 */
@Service
class CampaignPages {

	private final CampaignRepository campaigns;

	private final SiteRepository sites;

	private final RegistrationRepository registrations;

	private final DirectoryManagement directory;

	private final SponsorRegister sponsors;

	private final MilkDonationTotals milk;

	private final ObjectProvider<CampaignFunds> funds;

	CampaignPages(CampaignRepository campaigns, SiteRepository sites, RegistrationRepository registrations,
			DirectoryManagement directory, SponsorRegister sponsors, MilkDonationTotals milk,
			ObjectProvider<CampaignFunds> funds) {
		this.campaigns = campaigns;
		this.sites = sites;
		this.registrations = registrations;
		this.directory = directory;
		this.sponsors = sponsors;
		this.milk = milk;
		this.funds = funds;
	}

	/**
	 * The campaign's page; a draft only for its organizers ({@code organizes}), otherwise
	 * empty as if it did not exist.
	 */
	@Transactional(readOnly = true)
	Optional<CampaignView> page(UUID id, Localizer i18n, boolean organizes, @Nullable UUID reader) {
		Optional<Campaign> found = this.campaigns.findById(id).filter(campaign -> campaign.published() || organizes);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Campaign campaign = found.get();
		Locale locale = i18n.locale();
		List<SiteView> siteViews = this.sites.findByCampaignIdOrderByNameAsc(id)
			.stream()
			.map(site -> site(campaign, site, locale,
					organizes || (reader != null && reader.equals(site.coordinator()))))
			.toList();
		MilkTotals ounces = this.milk.forCampaign(id);
		long pledged = ounces.ouncesPledged().setScale(0, RoundingMode.HALF_UP).longValue();
		long given = ounces.ouncesConfirmed().setScale(0, RoundingMode.HALF_UP).longValue();
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		long goal = (campaign.ouncesGoal() == null) ? 0 : campaign.ouncesGoal();
		String ouncesText = (goal > 0)
				? i18n.t("campaign.ounces.of-goal", numbers.format(pledged), numbers.format(given),
						numbers.format(goal))
				: i18n.t("campaign.ounces", numbers.format(pledged), numbers.format(given));
		FundsProgress progress = this.funds.stream()
			.map(source -> source.progress(id))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(null);
		List<PageOffer> fundLinks = this.funds.stream().flatMap(source -> source.links(id, locale).stream()).toList();
		CampaignView.Bar fundsBar = null;
		String fundsText = null;
		if (progress != null) {
			fundsBar = CampaignView.Bar.of(progress.raisedCents(), progress.goalCents());
			fundsText = i18n.t("campaign.funds", money(progress.raisedCents(), progress.currency(), locale),
					money(progress.goalCents(), progress.currency(), locale), progress.gifts());
		}
		String readerLanguage = Language.of(locale).tag();
		String storyLanguage = campaign.storyLanguageFor(readerLanguage);
		return Optional.of(new CampaignView(id, campaign.name(), campaign.storyFor(readerLanguage),
				storyLanguage.equals(readerLanguage) ? null : storyLanguage,
				campaign.day().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale)),
				campaign.zone().getId(), campaign.virtualOption(), campaign.published(), name(campaign.organizer()),
				campaign.coHosts().stream().map(this::name).toList(), siteViews,
				this.sponsors.currentSponsors(campaign.sponsors().stream().map(SponsorId::new).toList(),
						this.sponsors.today()),
				this.registrations.confirmedPeople(id), CampaignView.Bar.of(pledged, goal), fundsBar, ouncesText,
				fundsText, organizes, fundLinks));
	}

	/** The site's view, if the site belongs to the campaign. */
	@Transactional(readOnly = true)
	Optional<SiteView> site(UUID campaign, UUID site, Locale locale, boolean coordinates) {
		return this.sites.findById(site)
			.filter(found -> found.campaignId().equals(campaign))
			.flatMap(found -> this.campaigns.findById(campaign).map(owner -> site(owner, found, locale, coordinates)));
	}

	private SiteView site(Campaign campaign, Site site, Locale locale, boolean coordinates) {
		String fee = (site.feeCents() == null) ? null : money(site.feeCents(), campaign.currency(), locale);
		return new SiteView(site.id(), campaign.id(), site.name(), site.place(), site.city(), site.point().latitude(),
				site.point().longitude(),
				site.startsAt().format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)),
				NumberFormat.getNumberInstance(locale).format(site.routeKm()), site.capacity(),
				Math.max(0, site.capacity() - site.taken()),
				this.registrations.people(site.id(), RegistrationStatus.WAITLISTED), fee, coordinates);
	}

	private String name(UnitId unit) {
		return this.directory.find(unit).map(UnitView::name).orElse("");
	}

	static String money(long cents, String currency, Locale locale) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(Currency.getInstance(currency));
		return format.format(cents / 100.0);
	}

}
