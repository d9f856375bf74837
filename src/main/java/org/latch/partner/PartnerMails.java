package org.latch.partner;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.latch.account.AccountManagement;
import org.latch.account.Person;
import org.latch.notification.Email;
import org.latch.notification.NotificationManagement;
import org.latch.partner.PartnerStep.Action;
import org.latch.platform.Language;
import org.latch.platform.Localizer;
import org.latch.platform.PlatformSettings;

/**
 * Tells the applicant, in the language of their account, of every step their application
 * takes, with the reviewers' reason and a link to the application. Queued in the
 * transaction that takes the step.
 */
@Component
class PartnerMails {

	private final MessageSource messages;

	private final PlatformSettings settings;

	private final AccountManagement accounts;

	private final NotificationManagement notifications;

	PartnerMails(MessageSource messages, PlatformSettings settings, AccountManagement accounts,
			NotificationManagement notifications) {
		this.messages = messages;
		this.settings = settings;
		this.accounts = accounts;
		this.notifications = notifications;
	}

	void stepTaken(PartnerApplication application, Action action, @Nullable String note) {
		Person applicant = this.accounts.person(application.applicantId()).orElse(null);
		if (applicant == null) {
			return;
		}
		Locale locale = Language.match(applicant.language()).orElse(Language.ENGLISH).locale();
		Localizer i18n = new Localizer(this.messages, locale);
		String key = "mail.partner." + action.name().toLowerCase(Locale.ROOT).replace('_', '-');
		String name = (application.legalName() == null) ? "" : application.legalName();
		String link = this.settings.link(PartnerPaths.application(application.id()));
		String body = i18n.t(key + ".body", name, link);
		if (note != null) {
			body += "\n\n" + i18n.t("mail.partner.note", note);
		}
		this.notifications.send(
				new Email(applicant.email(), i18n.t(key + ".subject", name), body + "\n\n" + i18n.t("mail.signature")));
	}

}
