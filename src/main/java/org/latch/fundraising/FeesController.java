package org.latch.fundraising;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.latch.account.Person;
import org.latch.calendar.CampaignSummary;
import org.latch.calendar.Campaigns;
import org.latch.calendar.Registrant;
import org.latch.calendar.SiteSummary;
import org.latch.platform.FormErrors;

/**
 * A campaign's registration fees for its organizers (every site) and a site's coordinator
 * (their sites): who owes, who paid and what is due back, and marking a fee paid in cash
 * by the registration's reference (as on the registrations CSV).
 */
@Controller
class FeesController {

	/** A reference is "R-" and six letters or digits; longer text is no reference. */
	private static final int REFERENCE_MAX = 20;

	private final Fees fees;

	private final FeeLists lists;

	private final Campaigns campaigns;

	private final Access access;

	FeesController(Fees fees, FeeLists lists, Campaigns campaigns, Access access) {
		this.fees = fees;
		this.lists = lists;
		this.campaigns = campaigns;
		this.access = access;
	}

	@GetMapping(FundPaths.FEES)
	String list(@PathVariable UUID campaign, @Nullable Principal principal, Model model, Locale locale) {
		CampaignSummary summary = this.access.campaign(campaign);
		Person person = this.access.signedIn(principal);
		return show(model, summary, person, "", FormErrors.none(), locale);
	}

	@PostMapping(FundPaths.FEES)
	String cash(@PathVariable UUID campaign, @RequestParam(defaultValue = "") String reference,
			@Nullable Principal principal, HttpServletResponse response, Model model, Locale locale,
			RedirectAttributes redirect) {
		CampaignSummary summary = this.access.campaign(campaign);
		Person person = this.access.signedIn(principal);
		Set<UUID> sites = siteIds(this.access.keptSites(campaign, person));
		FormErrors errors = FormErrors.none();
		List<Registrant> found = (reference.isBlank() || reference.length() > REFERENCE_MAX) ? List.of()
				: this.campaigns.registrantsByReference(campaign, reference)
					.stream()
					.filter(one -> one.site() != null && sites.contains(one.site()))
					.toList();
		// Two equal random references would be ambiguous: the fee is then marked from
		// neither.
		Optional<Registrant> registrant = (found.size() == 1) ? Optional.of(found.getFirst()) : Optional.empty();
		if (registrant.isEmpty()) {
			errors.reject("reference", "fund.fee.error.reference");
		}
		else {
			try {
				this.fees.paidInCash(registrant.get(), person.id())
					.ifPresent(refusal -> errors.reject("reference", "fund.fee.error." + refusal.name()));
			}
			catch (DataIntegrityViolationException ex) {
				// Marked paid (or paid online) at this same moment.
				errors.reject("reference", "fund.fee.error.PAID");
			}
		}
		if (errors.any()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, summary, person, reference, errors, locale);
		}
		redirect.addFlashAttribute("flash", "fund.fee.marked");
		return "redirect:" + FundPaths.fees(campaign);
	}

	private String show(Model model, CampaignSummary campaign, Person person, String reference, FormErrors errors,
			Locale locale) {
		List<SiteSummary> sites = this.access.keptSites(campaign.id(), person);
		model.addAttribute("campaign", campaign);
		model.addAttribute("fees", this.lists.view(campaign, siteIds(sites), locale));
		model.addAttribute("reference", reference);
		model.addAttribute("errors", errors);
		return "fundraising/fees";
	}

	private static Set<UUID> siteIds(List<SiteSummary> sites) {
		return sites.stream().map(SiteSummary::id).collect(Collectors.toSet());
	}

}
