package org.latch.fundraising;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.latch.account.Person;
import org.latch.calendar.CampaignSummary;
import org.latch.calendar.SiteSummary;
import org.latch.platform.FormErrors;

/**
 * The gifts of a campaign for those who keep them: organizers see every gift, a site's
 * coordinator those of their site. Both enter cash and checks with the paper receipt's
 * number and export the gifts as CSV; organizers record refunds of offline gifts (online
 * gifts are refunded in Stripe, which tells Latch).
 */
@Controller
class GiftsController {

	private final GiftLists lists;

	private final Giving giving;

	private final Fundraisers fundraisers;

	private final Access access;

	GiftsController(GiftLists lists, Giving giving, Fundraisers fundraisers, Access access) {
		this.lists = lists;
		this.giving = giving;
		this.fundraisers = fundraisers;
		this.access = access;
	}

	@GetMapping(FundPaths.GIFTS)
	String list(@PathVariable UUID campaign, @Nullable Principal principal, Model model, Locale locale) {
		CampaignSummary summary = this.access.campaign(campaign);
		Person person = this.access.signedIn(principal);
		return show(model, summary, person, GiftForm.empty(locale.toLanguageTag()), FormErrors.none(), locale);
	}

	@PostMapping(FundPaths.GIFTS)
	String offline(@PathVariable UUID campaign, HttpServletRequest request, HttpServletResponse response,
			@Nullable Principal principal, Model model, Locale locale, RedirectAttributes redirect) {
		CampaignSummary summary = this.access.campaign(campaign);
		Person person = this.access.signedIn(principal);
		List<SiteSummary> sites = this.access.keptSites(campaign, person);
		GiftForm form = GiftForm.from(request.getParameterMap());
		FormErrors errors = FormErrors.none();
		Optional<FundPage> page = this.fundraisers.of(campaign)
			.stream()
			.filter(found -> !found.closed() && found.id().toString().equals(form.page()))
			.findFirst();
		if (page.isEmpty()) {
			errors.reject("page", "fund.error.page");
		}
		Optional<SiteSummary> site = sites.stream()
			.filter(found -> found.id().toString().equals(form.site()))
			.findFirst();
		if (site.isEmpty()) {
			errors.reject("site", "fund.error.site");
		}
		Gift.Method method = form.offlineMethod(errors);
		String receipt = form.receiptNumber(errors);
		Optional<GiftDetails> details = form.check(errors);
		if (!errors.has("receipt") && this.lists.receiptTaken(campaign, receipt)) {
			errors.reject("receipt", "fund.error.receipt-taken");
		}
		if (!this.lists.fundingSet(campaign)) {
			errors.reject("amount", "fund.error.no-funding");
		}
		if (!errors.any() && page.isPresent() && site.isPresent() && details.isPresent()) {
			try {
				this.giving.offline(page.get(), site.get().id(), details.get(), method, receipt, person.id());
				redirect.addFlashAttribute("flash", "fund.gifts.recorded");
				return "redirect:" + FundPaths.gifts(campaign);
			}
			catch (DataIntegrityViolationException ex) {
				// The same receipt number entered at the same moment by someone else.
				errors.reject("receipt", "fund.error.receipt-taken");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return show(model, summary, person, form, errors, locale);
	}

	@GetMapping(FundPaths.GIFTS_CSV)
	ResponseEntity<String> csv(@PathVariable UUID campaign, @Nullable Principal principal) {
		this.access.campaign(campaign);
		Person person = this.access.signedIn(principal);
		Set<UUID> sites = siteIds(this.access.keptSites(campaign, person));
		boolean all = this.access.organizes(campaign, principal);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("gifts-" + campaign + ".csv").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(this.lists.csv(campaign, all ? null : sites));
	}

	@GetMapping(FundPaths.REFUND)
	String refundForm(@PathVariable UUID campaign, @PathVariable UUID gift, @Nullable Principal principal, Model model,
			Locale locale) {
		this.access.organizer(campaign, principal);
		return refund(model, campaign, offlineGift(campaign, gift), "", "", FormErrors.none(), locale);
	}

	@PostMapping(FundPaths.REFUND)
	String refund(@PathVariable UUID campaign, @PathVariable UUID gift, HttpServletRequest request,
			HttpServletResponse response, @Nullable Principal principal, Model model, Locale locale,
			RedirectAttributes redirect) {
		Person organizer = this.access.organizer(campaign, principal);
		Gift found = offlineGift(campaign, gift);
		String amount = FormText.one(request.getParameterMap(), "amount");
		String reason = FormText.one(request.getParameterMap(), "reason");
		FormErrors errors = FormErrors.none();
		long cents = FormText.money(amount, 1, "amount", errors).orElse(0L);
		String why = FormText.check(reason, 1, 500, true, "reason", errors).orElse("");
		if (!errors.any() && !this.giving.refund(found.id(), cents, why, organizer.id(), null)) {
			errors.reject("amount", "fund.error.refund-too-much");
		}
		if (errors.any()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return refund(model, campaign, found, amount, reason, errors, locale);
		}
		redirect.addFlashAttribute("flash", "fund.refund.recorded");
		return "redirect:" + FundPaths.gifts(campaign);
	}

	private Gift offlineGift(UUID campaign, UUID gift) {
		return this.lists.gift(gift)
			.filter(found -> found.campaignId().equals(campaign) && found.completed()
					&& found.method() != Gift.Method.ONLINE)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String refund(Model model, UUID campaign, Gift gift, String amount, String reason, FormErrors errors,
			Locale locale) {
		model.addAttribute("campaign", this.access.campaign(campaign));
		model.addAttribute("gift", this.lists.row(gift, locale));
		model.addAttribute("refundable", Money.format(this.giving.refundable(gift.id()), gift.currency(), locale));
		model.addAttribute("amount", amount);
		model.addAttribute("reason", reason);
		model.addAttribute("errors", errors);
		return "fundraising/refund";
	}

	private String show(Model model, CampaignSummary campaign, Person person, GiftForm form, FormErrors errors,
			Locale locale) {
		List<SiteSummary> sites = this.access.keptSites(campaign.id(), person);
		boolean organizer = this.access.organizes(campaign.id(), person);
		model.addAttribute("campaign", campaign);
		model.addAttribute("organizer", organizer);
		model.addAttribute("sites", sites);
		model.addAttribute("pages",
				this.fundraisers.of(campaign.id()).stream().filter(page -> !page.closed()).toList());
		model.addAttribute("rows", this.lists.rows(campaign.id(), organizer ? null : siteIds(sites), locale));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("languages", org.latch.platform.Language.all());
		return "fundraising/gifts";
	}

	private static Set<UUID> siteIds(List<SiteSummary> sites) {
		return sites.stream().map(SiteSummary::id).collect(Collectors.toSet());
	}

}
