package org.latch.fundraising;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.latch.calendar.Campaigns;
import org.latch.notification.Email;
import org.latch.notification.NotificationManagement;
import org.latch.platform.Language;
import org.latch.platform.PlatformSettings;
import org.latch.platform.PrivateLinks;

/**
 * Thanks a giver who left an email address, in their language, once their gift is
 * recorded (online: when Stripe's webhook completes it; offline: when it is entered),
 * through the outbox in the same transaction. The email carries a private link of its own
 * to the gift and its PDF receipt: the gift stores only its hash.
 */
@Component
class GiftThanks {

	private final NotificationManagement notifications;

	private final FundPageRepository pages;

	private final Campaigns campaigns;

	private final MessageSource messages;

	private final PlatformSettings settings;

	GiftThanks(NotificationManagement notifications, FundPageRepository pages, Campaigns campaigns,
			MessageSource messages, PlatformSettings settings) {
		this.notifications = notifications;
		this.pages = pages;
		this.campaigns = campaigns;
		this.messages = messages;
		this.settings = settings;
	}

	/** Sends the thanks of a gift just completed, if the giver left an address. */
	void thank(Gift gift) {
		String to = gift.giverEmail();
		if (to == null || to.isBlank()) {
			return;
		}
		String secret = PrivateLinks.newSecret();
		gift.mailedLink(PrivateLinks.hash(secret));
		java.util.Locale locale = Language.match(gift.language()).orElse(Language.ENGLISH).locale();
		String campaign = this.campaigns.find(gift.campaignId()).map(found -> found.name()).orElse("");
		String page = this.pages.findById(gift.pageId()).map(FundPage::title).orElse("");
		String link = this.settings.link(FundPaths.gift(secret));
		String body = t("fund.mail.thanks.body", locale, gift.giverName(),
				Money.format(gift.amountCents(), gift.currency(), locale), page + " (" + campaign + ")") + " "
				+ t("fund.mail.thanks.receipt", locale, gift.receiptNumber()) + "\n\n"
				+ t("fund.mail.thanks.link", locale, link, link + "/receipt.pdf") + "\n\n"
				+ t("mail.signature", locale);
		this.notifications.send(new Email(to, t("fund.mail.thanks.subject", locale, campaign), body));
	}

	private String t(String key, java.util.Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
