package org.latch.calendar;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.latch.notification.Email;
import org.latch.notification.NotificationManagement;
import org.latch.platform.Language;
import org.latch.platform.Localizer;
import org.latch.platform.PlatformSettings;

/**
 * The emails a registration gets, in the registrant's language, through the outbox in the
 * transaction of the change: confirmed (with the day as an .ics file), waitlisted, moved
 * up the waitlist (with the new number), promoted (with the .ics), moved by an organizer
 * (with the .ics when it holds a place) and cancelled. The private link to cancel is in
 * the first email only: Latch keeps no copy of it.
 */
@Component
class RegistrationNotices {

	private final CampaignRepository campaigns;

	private final SiteRepository sites;

	private final TeamRepository teams;

	private final NotificationManagement notifications;

	private final MessageSource messages;

	private final PlatformSettings settings;

	private final java.time.Clock clock;

	RegistrationNotices(CampaignRepository campaigns, SiteRepository sites, TeamRepository teams,
			NotificationManagement notifications, MessageSource messages, PlatformSettings settings,
			java.time.Clock clock) {
		this.campaigns = campaigns;
		this.sites = sites;
		this.teams = teams;
		this.notifications = notifications;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
	}

	void registered(Registration registration, String secret) {
		String link = this.settings.link(CampaignPaths.registration(secret));
		if (registration.status() == RegistrationStatus.CONFIRMED) {
			send(registration, "mail.campaign.confirmed", true, link);
		}
		else {
			send(registration, "mail.campaign.waitlisted", false, link);
		}
	}

	void promoted(Registration registration) {
		send(registration, "mail.campaign.promoted", true, "");
	}

	/** Someone still waiting has a new number in line (1 is first). */
	void movedUp(WaitingLine.Numbered waiting) {
		send(waiting.registration(), "mail.campaign.moved-up", false, "", waiting.number());
	}

	/**
	 * An organizer moved the registration to another team, or to another site or the
	 * virtual stroll ({@code newPlace}: with the new place's .ics).
	 */
	void moved(Registration registration, boolean newPlace) {
		send(registration, "mail.campaign.moved", newPlace, "");
	}

	void cancelled(Registration registration) {
		send(registration, "mail.campaign.cancelled", false, "");
	}

	private void send(Registration registration, String key, boolean invite, String link) {
		send(registration, key, invite, link, 0);
	}

	/**
	 * Subjects get the campaign's name, the number in line and the site's name; bodies
	 * the campaign's name, its day, the number in line and the site's name.
	 */
	private void send(Registration registration, String key, boolean invite, String link, int number) {
		Campaign campaign = this.campaigns.findById(registration.campaignId()).orElseThrow();
		Site site = (registration.siteId() == null) ? null : this.sites.findById(registration.siteId()).orElse(null);
		Localizer i18n = new Localizer(this.messages,
				Language.match(registration.language()).orElse(Language.ENGLISH).locale());
		Locale locale = i18n.locale();
		String day = campaign.day().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
		String where = (site == null) ? i18n.t("campaign.virtual.name")
				: String.join(", ", site.name(), site.place(), site.city()) + " "
						+ i18n.t("mail.campaign.time",
								site.startsAt()
									.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)),
								campaign.zone().getId());
		String siteName = (site == null) ? i18n.t("campaign.virtual.name") : site.name();
		StringBuilder body = new StringBuilder(i18n.t(key + ".body", campaign.name(), day, number)).append("\n\n")
			.append(i18n.t("mail.campaign.details", where, registration.people(), registration.reference()));
		if (registration.teamId() != null) {
			this.teams.findById(registration.teamId())
				.ifPresent(team -> body.append('\n').append(i18n.t("mail.campaign.team", team.name())));
		}
		if (registration.status() == RegistrationStatus.CONFIRMED) {
			body.append('\n').append(fee(registration.feeOwedCents(), campaign.currency(), locale, i18n));
		}
		if (!link.isEmpty()) {
			body.append("\n\n").append(i18n.t("mail.campaign.link", link));
		}
		body.append("\n\n").append(i18n.t("mail.signature"));
		String subject = i18n.t(key + ".subject", campaign.name(), number, siteName);
		Email.Attachment attachment = null;
		if (invite) {
			String url = this.settings.link((site == null) ? CampaignPaths.campaign(campaign.id())
					: CampaignPaths.site(campaign.id(), site.id()));
			attachment = new Email.Attachment("invite.ics", CampaignInvitation.MEDIA_TYPE,
					CampaignInvitation.of(campaign, site, registration.id() + "@latch", campaign.name() + " · " + where,
							i18n.t("mail.campaign.invitation", registration.reference()), url, this.clock.instant()));
		}
		this.notifications.send(new Email(registration.email(), subject, body.toString(), attachment));
	}

	private static String fee(@Nullable Integer cents, String currency, Locale locale, Localizer i18n) {
		return (cents == null) ? i18n.t("mail.campaign.no-fee")
				: i18n.t("mail.campaign.fee", CampaignPages.money(cents, currency, locale));
	}

}
