package org.latch.milkdonation;

import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.latch.account.Person;
import org.latch.notification.Email;
import org.latch.platform.Language;
import org.latch.platform.Localizer;
import org.latch.platform.PlatformSettings;

/**
 * Emails about milk donation: a reference, the bank's name and a link, never anything a
 * donor said about their health or why a bank said no (that waits on their private page).
 * The private link appears only in mails sent when it is made: Latch keeps no copy.
 */
@Component
class MilkMails {

	private final MessageSource messages;

	private final PlatformSettings settings;

	MilkMails(MessageSource messages, PlatformSettings settings) {
		this.messages = messages;
		this.settings = settings;
	}

	/** To the donor, when the form reached their bank: the private link. */
	Email received(String to, String language, String reference, String bank, String secret) {
		return mail(to, language, "mail.milk.received", reference, bank, this.settings.link(MilkPaths.donor(secret)));
	}

	/** To the donor: a new private link, the old one no longer works. */
	Email newLink(String to, String language, String reference, String bank, String secret) {
		return mail(to, language, "mail.milk.new-link", reference, bank, this.settings.link(MilkPaths.donor(secret)));
	}

	Email approved(String to, String language, String reference, String bank) {
		return mail(to, language, "mail.milk.approved", reference, bank);
	}

	/** The bank cannot take the donor's milk: kind words, and other ways to help. */
	Email notEligible(String to, String language, String reference, String bank) {
		return mail(to, language, "mail.milk.not-eligible", reference, bank,
				this.settings.link(MilkPaths.DONATE + "#other-ways"));
	}

	/** To each of the bank's staff: a new donor waits, with the link to their file. */
	Email waiting(Person staff, String reference, UUID donor) {
		return mail(staff.email(), staff.language(), "mail.milk.waiting", reference,
				this.settings.link(MilkPaths.file(donor)));
	}

	private Email mail(String to, String language, String key, Object... args) {
		Localizer i18n = new Localizer(this.messages, Language.match(language).orElse(Language.ENGLISH).locale());
		return new Email(to, i18n.t(key + ".subject", args),
				i18n.t(key + ".body", args) + "\n\n" + i18n.t("mail.signature"));
	}

}
