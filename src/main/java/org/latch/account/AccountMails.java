package org.latch.account;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import org.latch.notification.Email;
import org.latch.platform.Language;
import org.latch.platform.Localizer;
import org.latch.platform.PlatformSettings;

/**
 * Writes the account emails in the recipient's language. Links only; never anything
 * sensitive.
 */
@Component
class AccountMails {

	private final MessageSource messages;

	private final PlatformSettings settings;

	AccountMails(MessageSource messages, PlatformSettings settings) {
		this.messages = messages;
		this.settings = settings;
	}

	Email verify(String to, String language, String secret) {
		return compose(to, language, "mail.verify", this.settings.link("/verify-email?token=" + secret));
	}

	Email alreadyRegistered(String to, String language) {
		return compose(to, language, "mail.exists", this.settings.link("/sign-in"));
	}

	Email passwordReset(String to, String language, String secret) {
		return compose(to, language, "mail.reset", this.settings.link("/password-reset/" + secret));
	}

	Email signInLink(String to, String language, String token) {
		return compose(to, language, "mail.link", this.settings.link("/sign-in/link?token=" + token));
	}

	Email invitation(String to, String language, String roleKey, String unitName, String secret) {
		// The role name is itself a message key: MessageSource translates resolvable
		// arguments.
		return compose(to, language, "mail.invitation", new DefaultMessageSourceResolvable(roleKey), unitName,
				this.settings.link("/invitations/" + secret));
	}

	private Email compose(String to, String language, String prefix, Object... args) {
		Localizer i18n = new Localizer(this.messages, Language.match(language).orElse(Language.ENGLISH).locale());
		return new Email(to, i18n.t(prefix + ".subject"),
				i18n.t(prefix + ".body", args) + "\n\n" + i18n.t("mail.signature"));
	}

}
