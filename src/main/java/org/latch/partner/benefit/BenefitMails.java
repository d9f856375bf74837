package org.latch.partner.benefit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.latch.account.AccountManagement;
import org.latch.account.Person;
import org.latch.notification.Email;
import org.latch.notification.NotificationManagement;
import org.latch.platform.Language;
import org.latch.platform.Localizer;
import org.latch.platform.PlatformSettings;

/**
 * Emails a partner's signatory, in the language of their account: an invitation to a
 * leadership meeting (its time where it was set and in UTC), and the staff's decision on
 * a promotion request. Queued in the transaction that takes the step.
 */
@Component
class BenefitMails {

	private final MessageSource messages;

	private final PlatformSettings settings;

	private final AccountManagement accounts;

	private final NotificationManagement notifications;

	BenefitMails(MessageSource messages, PlatformSettings settings, AccountManagement accounts,
			NotificationManagement notifications) {
		this.messages = messages;
		this.settings = settings;
		this.accounts = accounts;
		this.notifications = notifications;
	}

	void invitation(UUID signatory, UUID partner, String legalName, LeadershipMeeting meeting) {
		send(signatory, "benefits.mail.invitation", legalName,
				(i18n, locale) -> i18n.t("benefits.mail.invitation.body", legalName, meeting.title()) + "\n\n"
						+ i18n.t("benefits.mail.invitation.when", when(meeting.startsAt(), meeting.zone(), locale),
								when(meeting.startsAt(), ZoneId.of("UTC"), locale))
						+ "\n" + i18n.t("benefits.mail.invitation.join", meeting.link()) + "\n\n"
						+ i18n.t("benefits.mail.ledger", ledger(partner)));
	}

	void approved(UUID signatory, UUID partner, String legalName, Promotion promotion) {
		send(signatory, "benefits.mail.approved", legalName,
				(i18n, locale) -> i18n.t("benefits.mail.approved.body", legalName, promotion.title(),
						this.settings.link(LedgerPaths.NEWS)) + "\n\n"
						+ i18n.t("benefits.mail.ledger", ledger(partner)));
	}

	void declined(UUID signatory, UUID partner, String legalName, Promotion promotion) {
		send(signatory, "benefits.mail.declined", legalName,
				(i18n, locale) -> i18n.t("benefits.mail.declined.body", legalName, promotion.title(),
						String.valueOf(promotion.reason())) + "\n\n" + i18n.t("benefits.mail.again", ledger(partner)));
	}

	private String ledger(UUID partner) {
		return this.settings.link(LedgerPaths.ledger(partner));
	}

	private static String when(Instant at, ZoneId zone, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone)
			.format(at) + " (" + zone.getId() + ")";
	}

	/**
	 * The subject names the organization; the body is written in the reader's language.
	 */
	private void send(UUID recipient, String key, String legalName,
			java.util.function.BiFunction<Localizer, Locale, String> body) {
		Person person = this.accounts.person(recipient).orElse(null);
		if (person == null) {
			return;
		}
		Locale locale = Language.match(person.language()).orElse(Language.ENGLISH).locale();
		Localizer i18n = new Localizer(this.messages, locale);
		this.notifications.send(new Email(person.email(), i18n.t(key + ".subject", legalName),
				body.apply(i18n, locale) + "\n\n" + i18n.t("mail.signature")));
	}

}
