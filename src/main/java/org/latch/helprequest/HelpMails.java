package org.latch.helprequest;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.latch.account.Person;
import org.latch.notification.Email;
import org.latch.platform.Language;
import org.latch.platform.Localizer;
import org.latch.platform.PlatformSettings;

/**
 * Emails about a help request: a reference and a private link only, never what the family
 * wrote or anything about their health.
 */
@Component
class HelpMails {

	private final MessageSource messages;

	private final PlatformSettings settings;

	HelpMails(MessageSource messages, PlatformSettings settings) {
		this.messages = messages;
		this.settings = settings;
	}

	Email received(String to, String language, String reference, String secret) {
		return mail(to, language, "mail.help", reference, this.settings.link(HelpPaths.conversation(secret)));
	}

	/**
	 * To a Leader offered a request: the reference, when to answer by, the inbox link.
	 */
	Email offered(Helper helper, String reference, Instant due) {
		Locale locale = locale(helper.mailLanguage());
		String by = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(helper.zone())
			.format(due);
		return mail(helper.email(), helper.mailLanguage(), "mail.help-offered", reference, by,
				this.settings.link(HelpPaths.INBOX));
	}

	/** To a Leader an administrator gave a request. */
	Email assigned(Helper helper, String reference) {
		return mail(helper.email(), helper.mailLanguage(), "mail.help-assigned", reference,
				this.settings.link(HelpPaths.INBOX));
	}

	/** To an Area Administrator: a request nobody took waits in the queue. */
	Email escalated(Person admin, String reference) {
		return mail(admin.email(), admin.language(), "mail.help-escalated", reference,
				this.settings.link(HelpPaths.QUEUE));
	}

	/** To the family: a Leader answered; the link is the one of the first email. */
	Email answered(String to, String language, String reference) {
		return mail(to, language, "mail.help-answered", reference);
	}

	private Email mail(String to, String language, String key, Object... args) {
		Localizer i18n = new Localizer(this.messages, locale(language));
		return new Email(to, i18n.t(key + ".subject"), i18n.t(key + ".body", args) + "\n\n" + i18n.t("mail.signature"));
	}

	private static Locale locale(String language) {
		return Language.match(language).orElse(Language.ENGLISH).locale();
	}

}
