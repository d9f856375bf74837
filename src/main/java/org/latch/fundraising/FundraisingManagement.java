package org.latch.fundraising;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.calendar.Campaigns;
import org.latch.calendar.Registrant;
import org.latch.platform.FormErrors;

/**
 * The fundraising module's facade for other modules (demo data, imports): funding, pages,
 * gifts online (as Stripe would complete them) and offline, refunds, and registration
 * fees paid in cash. Every call follows the rules the pages follow; a call they would
 * refuse throws {@link IllegalArgumentException}.
 */
@Service
public class FundraisingManagement {

	private final Funds funds;

	private final Fundraisers fundraisers;

	private final Giving giving;

	private final GiftRepository gifts;

	private final Fees fees;

	private final Campaigns campaigns;

	FundraisingManagement(Funds funds, Fundraisers fundraisers, Giving giving, GiftRepository gifts, Fees fees,
			Campaigns campaigns) {
		this.funds = funds;
		this.fundraisers = fundraisers;
		this.giving = giving;
		this.gifts = gifts;
		this.fees = fees;
		this.campaigns = campaigns;
	}

	@Transactional
	public void setUpFunding(UUID campaign, long goalCents, String currency, List<BeneficiaryShare> beneficiaries) {
		List<Beneficiary.Details> details = beneficiaries.stream()
			.map(share -> new Beneficiary.Details(share.name(), share.legalName(), share.taxWording(),
					share.shareBasisPoints()))
			.toList();
		if (!Money.CURRENCIES.contains(currency) || goalCents <= 0
				|| details.stream().mapToInt(Beneficiary.Details::shareBp).sum() != Funding.WHOLE
				|| !this.funds.set(campaign, this.campaigns.find(campaign).orElseThrow().currency(),
						new FundingForm.Checked(goalCents, currency, details))) {
			throw new IllegalArgumentException("Funding refused for " + campaign);
		}
	}

	/** The page of a calendar team of the campaign, opened when needed. */
	@Transactional
	public UUID teamPage(UUID campaign, UUID calendarTeam) {
		return this.fundraisers.teamPage(campaign, calendarTeam)
			.orElseThrow(() -> new IllegalArgumentException("No team " + calendarTeam + " in " + campaign))
			.id();
	}

	/** A page started by someone signed in, counting toward a team page when given. */
	@Transactional
	public UUID startPage(UUID campaign, UUID owner, String title, String story, long goalCents,
			@Nullable Integer ouncesPledged, @Nullable Integer ouncesGoal, @Nullable UUID teamPage) {
		FormErrors errors = FormErrors.none();
		PageDetails details = new PageForm(title, story, Money.plain(goalCents), text(ouncesGoal), text(ouncesPledged),
				"")
			.check(errors)
			.orElseThrow(() -> new IllegalArgumentException("Page refused: " + errors.all()));
		return this.fundraisers.start(campaign, owner, details, teamPage).id();
	}

	/** An online gift, completed as Stripe's webhook would complete it; the gift's id. */
	@Transactional
	public UUID giveOnline(UUID page, long cents, String giver, boolean anonymous, @Nullable String message,
			String language) {
		FundPage fundPage = page(page);
		Giving.Started started = this.giving.startOnline(fundPage, details(cents, giver, anonymous, message, language));
		String session = "cs_demo_" + started.gift().toString().replace("-", "");
		this.giving.checkoutOpened(started.gift(), session);
		Gift gift = this.gifts.findById(started.gift()).orElseThrow();
		if (!this.giving.paid(session, cents, gift.currency(), "pi_demo_" + started.gift())) {
			throw new IllegalStateException("Gift " + started.gift() + " not completed");
		}
		return started.gift();
	}

	/** A cash or check gift entered by a coordinator or organizer; the gift's id. */
	@Transactional
	public UUID giveOffline(UUID page, UUID site, long cents, boolean check, String receiptNumber, String giver,
			UUID by) {
		if (!receiptNumber.matches("[A-Za-z0-9][A-Za-z0-9/-]{0,39}")
				|| this.gifts.existsByCampaignIdAndReceiptNumber(page(page).campaignId(), receiptNumber)) {
			throw new IllegalArgumentException("Receipt number refused: " + receiptNumber);
		}
		return this.giving
			.offline(page(page), site, details(cents, giver, false, null, "en"),
					check ? Gift.Method.CHECK : Gift.Method.CASH, receiptNumber, by)
			.gift();
	}

	/**
	 * Marks a confirmed registration's fee paid in cash, as a coordinator would; refused
	 * for a registration that owes nothing or has paid.
	 */
	@Transactional
	public void feePaidInCash(UUID registration, UUID by) {
		Registrant registrant = this.campaigns.registrant(registration)
			.orElseThrow(() -> new IllegalArgumentException("No registration " + registration));
		this.fees.paidInCash(registrant, by).ifPresent(refusal -> {
			throw new IllegalArgumentException("Fee not marked paid: " + refusal);
		});
	}

	@Transactional
	public void refund(UUID gift, long cents, String reason, @Nullable UUID by) {
		if (!this.giving.refund(gift, cents, reason, by, null)) {
			throw new IllegalArgumentException("Refund refused for " + gift);
		}
	}

	private FundPage page(UUID page) {
		return this.fundraisers.page(page).orElseThrow(() -> new IllegalArgumentException("No page " + page));
	}

	private static GiftDetails details(long cents, String giver, boolean anonymous, @Nullable String message,
			String language) {
		if (cents < GiftForm.MIN_CENTS || cents > Money.MAX_CENTS || giver.isBlank() || giver.length() > 120) {
			throw new IllegalArgumentException("Gift refused: " + cents + " from " + giver);
		}
		return new GiftDetails(cents, giver, null, anonymous, message, language);
	}

	private static String text(@Nullable Integer number) {
		return (number == null) ? "" : number.toString();
	}

}
