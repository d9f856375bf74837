package org.latch.fundraising;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import org.latch.calendar.CampaignSummary;
import org.latch.platform.FormErrors;
import org.latch.platform.Language;
import org.latch.platform.PlatformSettings;

/**
 * Giving online: the give form creates a pending gift and sends the giver to Stripe
 * Checkout; the giver's private page says whether Stripe confirmed it and offers the
 * receipt. The form is open only when Stripe is configured and the campaign's funding is
 * set up.
 */
@Controller
class GiveController {

	private final Fundraisers fundraisers;

	private final Giving giving;

	private final Access access;

	private final StripeCheckout checkout;

	private final StripeSettings stripe;

	private final FundingRepository fundings;

	private final Receipts receipts;

	private final PlatformSettings platform;

	GiveController(Fundraisers fundraisers, Giving giving, Access access, StripeCheckout checkout,
			StripeSettings stripe, FundingRepository fundings, Receipts receipts, PlatformSettings platform) {
		this.fundraisers = fundraisers;
		this.giving = giving;
		this.access = access;
		this.checkout = checkout;
		this.stripe = stripe;
		this.fundings = fundings;
		this.receipts = receipts;
		this.platform = platform;
	}

	@GetMapping(FundPaths.GIVE)
	String form(@PathVariable UUID id, Model model, Locale locale) {
		FundPage page = open(id);
		return show(model, page, GiftForm.empty(Language.of(locale).tag()), FormErrors.none(), false);
	}

	@PostMapping(FundPaths.GIVE)
	String give(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response, Model model,
			Locale locale) {
		FundPage page = open(id);
		GiftForm form = GiftForm.from(request.getParameterMap());
		FormErrors errors = FormErrors.none();
		Optional<GiftDetails> details = form.check(errors);
		if (details.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, page, form, errors, false);
		}
		Giving.Started started = this.giving.startOnline(page, details.get());
		CampaignSummary campaign = this.access.campaign(page.campaignId());
		String back = FundPaths.gift(started.secret());
		Optional<StripeCheckout.Session> session = this.checkout.open(StripeCheckout.Order.gift(started.gift(),
				details.get().amountCents(), currency(page), campaign.name() + " — " + page.title(),
				details.get().giverEmail() == null ? "" : details.get().giverEmail(), absolute(back + "?paid=1"),
				absolute(FundPaths.give(id)), StripeLocales.of(locale)));
		if (session.isEmpty()) {
			response.setStatus(HttpStatus.BAD_GATEWAY.value());
			return show(model, page, form, errors, true);
		}
		this.giving.checkoutOpened(started.gift(), session.get().id());
		return "redirect:" + session.get().url();
	}

	@GetMapping(FundPaths.GIFT)
	String gift(@PathVariable String secret, HttpServletResponse response, Model model, Locale locale) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		Gift gift = this.giving.bySecret(secret).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("gift", this.receipts.view(gift, secret, locale));
		return "fundraising/gift";
	}

	@GetMapping(FundPaths.RECEIPT)
	ResponseEntity<byte[]> receipt(@PathVariable String secret) {
		Gift gift = this.giving.bySecret(secret)
			.filter(Gift::completed)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("receipt-" + gift.receiptNumber() + ".pdf")
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(this.receipts.pdf(gift));
	}

	private String show(Model model, FundPage page, GiftForm form, FormErrors errors, boolean unreachable) {
		model.addAttribute("fundPage", page);
		model.addAttribute("campaign", this.access.campaign(page.campaignId()));
		model.addAttribute("currency", currency(page));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("unreachable", unreachable);
		return "fundraising/give";
	}

	/** The page, when online giving is open for it; 404 otherwise, 410 once closed. */
	private FundPage open(UUID id) {
		FundPage page = this.fundraisers.page(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!this.stripe.enabled() || !this.fundings.existsById(page.campaignId())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (page.closed()) {
			throw new ResponseStatusException(HttpStatus.GONE);
		}
		return page;
	}

	private String currency(FundPage page) {
		return this.fundings.findById(page.campaignId()).map(Funding::currency).orElse("USD");
	}

	private URI absolute(String path) {
		return this.platform.baseUrl().resolve(path);
	}

}
