package org.latch.fundraising;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.latch.calendar.CampaignSummary;
import org.latch.platform.FormErrors;

/**
 * A campaign's funding set-up, for its organizers: the goal and currency, the
 * beneficiaries with their legal names, tax wording and shares adding up to 100%, and
 * what each has received so far.
 */
@Controller
class FundingController {

	private final Funds funds;

	private final Giving giving;

	private final Access access;

	FundingController(Funds funds, Giving giving, Access access) {
		this.funds = funds;
		this.giving = giving;
		this.access = access;
	}

	@GetMapping(FundPaths.FUNDING)
	String form(@PathVariable UUID campaign, @Nullable Principal principal, Model model, Locale locale) {
		CampaignSummary summary = this.access.campaign(campaign);
		this.access.organizer(campaign, principal);
		FundingForm form = this.funds.of(campaign)
			.map(FundingForm::of)
			.orElseGet(() -> FundingForm.empty(summary.currency()));
		return show(model, summary, form, FormErrors.none(), locale);
	}

	@PostMapping(FundPaths.FUNDING)
	String save(@PathVariable UUID campaign, HttpServletRequest request, HttpServletResponse response,
			@Nullable Principal principal, Model model, Locale locale, RedirectAttributes redirect) {
		CampaignSummary summary = this.access.campaign(campaign);
		this.access.organizer(campaign, principal);
		FundingForm form = FundingForm.from(request.getParameterMap());
		FormErrors errors = FormErrors.none();
		var checked = form.check(errors);
		if (checked.isPresent() && !this.funds.set(campaign, summary.currency(), checked.get())) {
			errors.reject("currency", "fund.error.currency-fixed");
		}
		if (errors.any()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, summary, form, errors, locale);
		}
		redirect.addFlashAttribute("flash", "fund.funding.saved");
		return "redirect:" + FundPaths.funding(campaign);
	}

	private String show(Model model, CampaignSummary campaign, FundingForm form, FormErrors errors, Locale locale) {
		Ledger ledger = this.giving.ledger(campaign.id());
		String currency = this.funds.of(campaign.id()).map(Funding::currency).orElse(form.currency());
		Map<String, Long> parts = ledger.beneficiaries();
		model.addAttribute("campaign", campaign);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("currencies", Money.CURRENCIES);
		model.addAttribute("raised", Money.format(ledger.raised(), currency, locale));
		model.addAttribute("gifts", ledger.gifts());
		model.addAttribute("parts",
				parts.entrySet()
					.stream()
					.map(entry -> Map.entry(entry.getKey(), Money.format(entry.getValue(), currency, locale)))
					.toList());
		return "fundraising/funding";
	}

}
