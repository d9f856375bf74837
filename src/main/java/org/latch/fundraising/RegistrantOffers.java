package org.latch.fundraising;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.latch.calendar.CampaignSummary;
import org.latch.calendar.Campaigns;
import org.latch.calendar.FeeCheckout;
import org.latch.calendar.PageOffer;
import org.latch.calendar.PaidFee;
import org.latch.calendar.Registrant;
import org.latch.calendar.RegistrationActions;

/**
 * What the registrant's private page offers from fundraising: the fee (pay it online
 * while a confirmed place owes it, or where it is paid, or when it was paid) and their
 * fundraising page with the link to edit it. Waitlisted and cancelled registrations never
 * see a pay button.
 */
@Component
class RegistrantOffers implements RegistrationActions {

	private final Fees fees;

	private final Fundraisers fundraisers;

	private final Campaigns campaigns;

	private final MessageSource messages;

	RegistrantOffers(Fees fees, Fundraisers fundraisers, Campaigns campaigns, MessageSource messages) {
		this.fees = fees;
		this.fundraisers = fundraisers;
		this.campaigns = campaigns;
		this.messages = messages;
	}

	@Override
	public List<PageOffer> offers(Registrant registrant, String secret, Locale locale) {
		List<PageOffer> offers = new ArrayList<>();
		Optional<CampaignSummary> campaign = this.campaigns.find(registrant.campaign());
		if (campaign.isEmpty()) {
			return offers;
		}
		fee(registrant, this.fees.of(registrant.id()), this.fees.online(), campaign.get(), this.messages, locale)
			.ifPresent(offers::add);
		Optional<FundPage> page = this.fundraisers.ofRegistration(registrant.id()).filter(found -> !found.closed());
		if (page.isPresent() && registrant.confirmed()) {
			offers.add(PageOffer.link(t("fund.registrant.page", locale), FundPaths.page(page.get().id())));
			offers.add(PageOffer.link(t("fund.registrant.edit", locale),
					FundPaths.edit(page.get().id()) + "?key=" + URLEncoder.encode(secret, StandardCharsets.UTF_8)));
		}
		return offers;
	}

	@Override
	public FeeCheckout checkout(Registrant registrant, String secret, Locale locale) {
		return this.fees.checkout(registrant.id(), secret, locale);
	}

	@Override
	public Map<UUID, PaidFee> paidFees(UUID campaign) {
		return this.fees.paidFees(campaign);
	}

	/**
	 * The fee as the registrant's page shows it: when it was paid (or is due back, or was
	 * refunded); else, while a confirmed place owes it, the pay button when payment
	 * online is offered, or where to pay it; nothing for a waitlisted or cancelled
	 * registration that never paid.
	 */
	static Optional<PageOffer> fee(Registrant registrant, Optional<FeePayment> paid, boolean online,
			CampaignSummary campaign, MessageSource messages, Locale locale) {
		if (paid.isPresent()) {
			FeePayment payment = paid.get();
			String amount = Money.format(payment.amountCents(), payment.currency(), locale);
			String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
				.withLocale(locale)
				.format(payment.paidAt().atZone(campaign.zone()));
			String key = payment.refundDue() ? "fund.fee.refund-due"
					: (payment.refundedAt() != null) ? "fund.fee.refunded" : "fund.fee.paid";
			return Optional.of(PageOffer.note(messages.getMessage(key, new Object[] { amount, day }, locale)));
		}
		if (!registrant.owesFee()) {
			return Optional.empty();
		}
		String amount = Money.format(registrant.feeOwedCents(), campaign.currency(), locale);
		return Optional.of(online ? PageOffer.pay(messages.getMessage("fund.fee.pay", new Object[] { amount }, locale))
				: PageOffer.note(messages.getMessage("fund.fee.at-site", new Object[] { amount }, locale)));
	}

	private String t(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
