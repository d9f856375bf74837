package org.latch.partner;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

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
 * The emails of the Code register, queued in the transaction that takes the step: to the
 * person who submitted a register entry, in their account's language, at every step; and
 * to a violation's reporter, when they left an address, in the language they wrote in.
 */
@Component
class CodeMails {

	private final MessageSource messages;

	private final PlatformSettings settings;

	private final AccountManagement accounts;

	private final NotificationManagement notifications;

	CodeMails(MessageSource messages, PlatformSettings settings, AccountManagement accounts,
			NotificationManagement notifications) {
		this.messages = messages;
		this.settings = settings;
		this.accounts = accounts;
		this.notifications = notifications;
	}

	void sponsorStep(Sponsor sponsor, SponsorStep.Action action, @Nullable String note) {
		Person submitter = this.accounts.person(sponsor.submitterId()).orElse(null);
		if (submitter == null) {
			return;
		}
		Localizer i18n = localizer(submitter.language());
		String key = "mail.code.sponsor." + action.name().toLowerCase(Locale.ROOT);
		LocalDate expires = sponsor.expiresOn();
		String date = (expires == null) ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(i18n.locale()).format(expires);
		String body = i18n.t(key + ".body", sponsor.name(), this.settings.link(CodePaths.submission(sponsor.id())),
				date);
		if (note != null) {
			body += "\n\n" + i18n.t("mail.code.note", note);
		}
		send(submitter.email(), i18n, i18n.t(key + ".subject", sponsor.name()), body);
	}

	/**
	 * Reminds the submitter that an approval ends soon and how to renew it, with the date
	 * and the link to the entry.
	 */
	void expiryReminder(Sponsor sponsor) {
		Person submitter = this.accounts.person(sponsor.submitterId()).orElse(null);
		LocalDate expires = sponsor.expiresOn();
		if (submitter == null || expires == null) {
			return;
		}
		Localizer i18n = localizer(submitter.language());
		String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(i18n.locale()).format(expires);
		send(submitter.email(), i18n, i18n.t("mail.code.sponsor.reminder.subject", sponsor.name(), date),
				i18n.t("mail.code.sponsor.reminder.body", sponsor.name(),
						this.settings.link(CodePaths.submission(sponsor.id())), date));
	}

	/**
	 * Tells a reporter who left an address what became of their report: received,
	 * published (with the link to the summary), not published (with the moderator's
	 * reason), or the same as a report already received.
	 */
	void reporterNote(ViolationReport report, ViolationStep.Action action, @Nullable String note) {
		String to = report.reporterEmail();
		if (to == null) {
			return;
		}
		Localizer i18n = localizer(report.language());
		String key = "mail.code.report." + action.name().toLowerCase(Locale.ROOT).replace('_', '-');
		String reference = reference(report);
		String body = i18n.t(key + ".body", reference, this.settings.link(CodePaths.VIOLATIONS));
		if (note != null) {
			body += "\n\n" + i18n.t("mail.code.note", note);
		}
		send(to, i18n, i18n.t(key + ".subject", reference), body);
	}

	/** A short reference a reporter can quote, without giving the whole id away. */
	static String reference(ViolationReport report) {
		return report.id().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	private void send(String to, Localizer i18n, String subject, String body) {
		this.notifications.send(new Email(to, subject, body + "\n\n" + i18n.t("mail.signature")));
	}

	private Localizer localizer(String language) {
		return new Localizer(this.messages, Language.match(language).orElse(Language.ENGLISH).locale());
	}

}
