package org.latch.fundraising;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.latch.calendar.CampaignSummary;
import org.latch.calendar.Campaigns;

/** A gift as its giver sees it on their private page, and its PDF receipt. */
@Component
class Receipts {

	/** The giver's private page. */
	record GiftView(String secret, boolean completed, String amount, String campaign, String page, String pageHref,
			@Nullable String receiptNumber, List<Part> parts, List<String> refunds, @Nullable String kept) {

		String receiptHref() {
			return FundPaths.gift(this.secret) + "/receipt.pdf";
		}

	}

	/** A beneficiary's part of the gift. */
	record Part(String legalName, String amount, String taxWording) {
	}

	private final Campaigns campaigns;

	private final Fundraisers fundraisers;

	private final Giving giving;

	private final ReceiptPdf pdf;

	Receipts(Campaigns campaigns, Fundraisers fundraisers, Giving giving, ReceiptPdf pdf) {
		this.campaigns = campaigns;
		this.fundraisers = fundraisers;
		this.giving = giving;
		this.pdf = pdf;
	}

	@Transactional(readOnly = true)
	GiftView view(Gift gift, String secret, Locale locale) {
		List<Refund> refunds = this.giving.refundsOf(gift.id());
		long kept = gift.amountCents() - refunds.stream().mapToLong(Refund::amountCents).sum();
		return new GiftView(secret, gift.completed(), Money.format(gift.amountCents(), gift.currency(), locale),
				campaign(gift).name(), pageTitle(gift), FundPaths.page(gift.pageId()), gift.receiptNumber(),
				gift.shares()
					.stream()
					.map(share -> new Part(share.legalName(), Money.format(share.cents(), gift.currency(), locale),
							share.taxWording()))
					.toList(),
				refunds.stream().map(refund -> Money.format(refund.amountCents(), gift.currency(), locale)).toList(),
				refunds.isEmpty() ? null : Money.format(kept, gift.currency(), locale));
	}

	@Transactional(readOnly = true)
	byte[] pdf(Gift gift) {
		CampaignSummary campaign = campaign(gift);
		ZoneId zone = Objects.requireNonNullElse(campaign.zone(), ZoneOffset.UTC);
		return this.pdf.write(new ReceiptPdf.Content(campaign.name(), Objects.requireNonNull(gift.receiptNumber()),
				Objects.requireNonNull(gift.completedAt()), zone, gift.giverName(), gift.amountCents(), gift.currency(),
				gift.method(), pageTitle(gift), gift.shares(), this.giving.refundsOf(gift.id()), gift.language()));
	}

	private CampaignSummary campaign(Gift gift) {
		return this.campaigns.find(gift.campaignId())
			.orElseThrow(() -> new IllegalStateException("Gift " + gift.id() + " of no campaign"));
	}

	private String pageTitle(Gift gift) {
		return this.fundraisers.page(gift.pageId()).map(FundPage::title).orElse("");
	}

}
