package org.latch.partner.agreement;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.latch.account.AccountManagement;
import org.latch.account.Person;
import org.latch.account.Role;
import org.latch.notification.Email;
import org.latch.notification.NotificationManagement;
import org.latch.platform.Language;
import org.latch.platform.Localizer;
import org.latch.platform.PlatformSettings;

/**
 * Emails whoever must act on an agreement next, in the language of their account, with a
 * link to it: the signatory to sign, renew or learn that a term ended; platform
 * administrators to countersign. Queued in the transaction that takes the step.
 */
@Component
class AgreementMails {

	private final MessageSource messages;

	private final PlatformSettings settings;

	private final AccountManagement accounts;

	private final NotificationManagement notifications;

	AgreementMails(MessageSource messages, PlatformSettings settings, AccountManagement accounts,
			NotificationManagement notifications) {
		this.messages = messages;
		this.settings = settings;
		this.accounts = accounts;
		this.notifications = notifications;
	}

	/** An agreement was issued (or issued again): the signatory reads and signs it. */
	void toSign(Agreement agreement, String legalName) {
		send(agreement.signatoryId(), "agreement.mail.to-sign", agreement, legalName);
	}

	/**
	 * The signatory signed: the administrator who last acted for the partner program on
	 * this partner countersigns, or, when they no longer may, every platform
	 * administrator.
	 */
	void toCountersign(Agreement agreement, String legalName, UUID lastAdministrator) {
		List<UUID> recipients = this.accounts.person(lastAdministrator)
			.filter(person -> this.accounts.grantsOf(person.email())
				.stream()
				.anyMatch(grant -> grant.role() == Role.PLATFORM_ADMIN))
			.map(person -> List.of(person.id()))
			.orElseGet(() -> this.accounts.holding(EnumSet.of(Role.PLATFORM_ADMIN)).stream().map(Person::id).toList());
		recipients.stream()
			.filter(id -> !id.equals(agreement.signatoryId()))
			.forEach(id -> send(id, "agreement.mail.to-countersign", agreement, legalName));
	}

	void countersigned(Agreement agreement, String legalName) {
		send(agreement.signatoryId(), "agreement.mail.countersigned", agreement, legalName,
				java.util.Objects.requireNonNull(agreement.endsAt()));
	}

	void reminder(Agreement agreement, String legalName) {
		send(agreement.signatoryId(), "agreement.mail.reminder", agreement, legalName,
				java.util.Objects.requireNonNull(agreement.endsAt()));
	}

	void lapsed(Agreement agreement, String legalName) {
		send(agreement.signatoryId(), "agreement.mail.lapsed", agreement, legalName,
				java.util.Objects.requireNonNull(agreement.endsAt()));
	}

	/**
	 * The subject names the organization; the body gets the organization, the link, and
	 * the date the email is about (as the reader writes dates, in UTC).
	 */
	private void send(UUID recipient, String key, Agreement agreement, String legalName, Instant... dates) {
		Person person = this.accounts.person(recipient).orElse(null);
		if (person == null) {
			return;
		}
		Locale locale = Language.match(person.language()).orElse(Language.ENGLISH).locale();
		Localizer i18n = new Localizer(this.messages, locale);
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(ZoneOffset.UTC);
		Object[] args = new Object[dates.length + 2];
		args[0] = legalName;
		args[1] = this.settings.link(AgreementPaths.partner(agreement.partnerId()));
		for (int i = 0; i < dates.length; i++) {
			args[i + 2] = format.format(dates[i]) + " UTC";
		}
		this.notifications.send(new Email(person.email(), i18n.t(key + ".subject", legalName),
				i18n.t(key + ".body", args) + "\n\n" + i18n.t("mail.signature")));
	}

}
