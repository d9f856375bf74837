package org.latch.fundraising;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.latch.account.Person;
import org.latch.calendar.CampaignSummary;
import org.latch.calendar.Campaigns;
import org.latch.platform.FormErrors;

/**
 * Personal and team pages, open to all; leaderboards per campaign and site; starting a
 * page (signed in) and editing it (its owner, an organizer, or its registrant through
 * their registration's private link).
 */
@Controller
class FundPageController {

	private final Fundraisers fundraisers;

	private final PageViews views;

	private final Access access;

	private final Campaigns campaigns;

	FundPageController(Fundraisers fundraisers, PageViews views, Access access, Campaigns campaigns) {
		this.fundraisers = fundraisers;
		this.views = views;
		this.access = access;
		this.campaigns = campaigns;
	}

	@GetMapping(FundPaths.PAGE)
	String page(@PathVariable UUID id, @Nullable Principal principal, Model model, Locale locale) {
		FundPage page = found(id);
		CampaignSummary campaign = this.access.campaign(page.campaignId());
		model.addAttribute("view", this.views.page(page, campaign, locale, this.access.edits(page, principal)));
		return "fundraising/page";
	}

	@GetMapping(FundPaths.FUNDRAISERS)
	String leaderboard(@PathVariable UUID campaign, @RequestParam(required = false) @Nullable UUID site, Model model,
			Locale locale) {
		CampaignSummary summary = this.access.campaign(campaign);
		if (site != null && this.campaigns.site(site).filter(found -> found.campaign().equals(campaign)).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("campaign", summary);
		model.addAttribute("sites", this.campaigns.sites(campaign));
		model.addAttribute("site", site);
		model.addAttribute("board", this.views.leaderboard(campaign, site, locale));
		return "fundraising/leaderboard";
	}

	@GetMapping(FundPaths.START)
	String startForm(@PathVariable UUID campaign, @Nullable Principal principal, Model model) {
		if (principal == null) {
			return "redirect:/sign-in";
		}
		Person person = this.access.signedIn(principal);
		return start(model, this.access.campaign(campaign), PageForm.empty(person.displayName()), FormErrors.none());
	}

	@PostMapping(FundPaths.START)
	String start(@PathVariable UUID campaign, HttpServletRequest request, HttpServletResponse response,
			@Nullable Principal principal, Model model, RedirectAttributes redirect) {
		Person person = this.access.signedIn(principal);
		CampaignSummary summary = this.access.campaign(campaign);
		PageForm form = PageForm.from(request.getParameterMap());
		FormErrors errors = FormErrors.none();
		UUID team = team(form, campaign, errors);
		var details = form.check(errors);
		if (details.isEmpty() || errors.any()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return start(model, summary, form, errors);
		}
		FundPage page = this.fundraisers.start(campaign, person.id(), details.get(), team);
		redirect.addFlashAttribute("flash", "fund.page.started");
		return "redirect:" + FundPaths.page(page.id());
	}

	@GetMapping(FundPaths.EDIT)
	String editForm(@PathVariable UUID id, @RequestParam(required = false) @Nullable String key,
			@Nullable Principal principal, Model model) {
		if (principal == null && key == null) {
			// Editing a page takes an account, or a registrant's private link.
			return "redirect:/sign-in";
		}
		FundPage page = editable(id, principal, key);
		return edit(model, page, PageForm.of(page), FormErrors.none(), key);
	}

	@PostMapping(FundPaths.EDIT)
	String edit(@PathVariable UUID id, @RequestParam(required = false) @Nullable String key, HttpServletRequest request,
			HttpServletResponse response, @Nullable Principal principal, Model model, RedirectAttributes redirect) {
		FundPage page = editable(id, principal, key);
		PageForm form = PageForm.from(request.getParameterMap());
		FormErrors errors = FormErrors.none();
		var details = form.check(errors);
		if (details.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return edit(model, page, form, errors, key);
		}
		this.fundraisers.describe(id, details.get());
		redirect.addFlashAttribute("flash", "fund.page.saved");
		return "redirect:" + FundPaths.page(id);
	}

	private @Nullable UUID team(PageForm form, UUID campaign, FormErrors errors) {
		if (form.team().isBlank()) {
			return null;
		}
		List<FundPage> teams = this.fundraisers.teamPages(campaign);
		return teams.stream()
			.map(FundPage::id)
			.filter(id -> id.toString().equals(form.team().strip()))
			.findFirst()
			.orElseGet(() -> {
				errors.reject("team", "fund.error.team");
				return null;
			});
	}

	private String start(Model model, CampaignSummary campaign, PageForm form, FormErrors errors) {
		model.addAttribute("campaign", campaign);
		model.addAttribute("teams", this.fundraisers.teamPages(campaign.id()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "fundraising/start";
	}

	private String edit(Model model, FundPage page, PageForm form, FormErrors errors, @Nullable String key) {
		model.addAttribute("fundPage", page);
		model.addAttribute("key", (key != null && this.access.registrantEdits(page, key)) ? key : null);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "fundraising/edit";
	}

	/**
	 * The page, when its owner, an organizer or its registrant (by the private link in
	 * {@code key}) asks; a wrong key is a 403.
	 */
	private FundPage editable(UUID id, @Nullable Principal principal, @Nullable String key) {
		FundPage page = found(id);
		if (this.access.registrantEdits(page, key)) {
			return page;
		}
		if (!this.access.edits(page, principal)) {
			throw new ResponseStatusException(
					(principal == null && key == null) ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN);
		}
		return page;
	}

	private FundPage found(UUID id) {
		return this.fundraisers.page(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
