package org.latch.helprequest;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

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
		Localizer i18n = new Localizer(this.messages, Language.match(language).orElse(Language.ENGLISH).locale());
		return new Email(to, i18n.t("mail.help.subject"),
				i18n.t("mail.help.body", reference, this.settings.link(HelpPaths.conversation(secret))) + "\n\n"
						+ i18n.t("mail.signature"));
	}

}
