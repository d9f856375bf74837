package org.latch.calendar;

import java.security.Principal;
import java.util.Optional;
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
import org.springframework.web.server.ResponseStatusException;

import org.latch.account.AccountManagement;
import org.latch.account.Person;
import org.latch.platform.FormErrors;

/**
 * Adding a site (organizers) and editing one (organizers and the site's coordinator).
 * Only an organizer names or changes the coordinator.
 */
@Controller
class SiteSetupController {

	private final Campaigns campaigns;

	private final CampaignSetup setup;

	private final SiteChecks checks;

	private final Organizers organizers;

	private final AccountManagement accounts;

	SiteSetupController(Campaigns campaigns, CampaignSetup setup, SiteChecks checks, Organizers organizers,
			AccountManagement accounts) {
		this.campaigns = campaigns;
		this.setup = setup;
		this.checks = checks;
		this.organizers = organizers;
		this.accounts = accounts;
	}

	@GetMapping("/campaigns/{id}/sites/new")
	String newSite(@PathVariable UUID id, Principal principal, Model model) {
		this.organizers.requireOrganizer(id, principal);
		return show(model, id, null, SiteForm.empty(), FormErrors.none(), true);
	}

	@PostMapping("/campaigns/{id}/sites/new")
	String add(@PathVariable UUID id, Principal principal, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		this.organizers.requireOrganizer(id, principal);
		SiteForm form = SiteForm.from(request.getParameterMap());
		FormErrors errors = FormErrors.none();
		Optional<SiteDetails> details = this.checks.check(form, errors);
		if (details.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, id, null, form, errors, true);
		}
		UUID site = this.setup.addSite(id, details.get());
		return "redirect:" + CampaignPaths.site(id, site) + "?saved=1";
	}

	@GetMapping("/campaigns/{id}/sites/{site}/edit")
	String edit(@PathVariable UUID id, @PathVariable UUID site, Principal principal, Model model) {
		SiteDetails details = coordinated(id, site, principal);
		String coordinator = (details.coordinator() == null) ? ""
				: this.accounts.person(details.coordinator()).map(Person::email).orElse("");
		return show(model, id, site, SiteForm.of(details, coordinator), FormErrors.none(),
				this.campaigns.organizes(id, this.organizers.account(principal)));
	}

	@PostMapping("/campaigns/{id}/sites/{site}/edit")
	String change(@PathVariable UUID id, @PathVariable UUID site, Principal principal, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		SiteDetails existing = coordinated(id, site, principal);
		boolean organizer = this.campaigns.organizes(id, this.organizers.account(principal));
		SiteForm form = SiteForm.from(request.getParameterMap());
		FormErrors errors = FormErrors.none();
		Optional<SiteDetails> details = this.checks.check(form, errors);
		if (details.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, id, site, form, errors, organizer);
		}
		SiteDetails changed = organizer ? details.get() : withCoordinator(details.get(), existing.coordinator());
		this.setup.changeSite(site, changed);
		return "redirect:" + CampaignPaths.site(id, site) + "?saved=1";
	}

	private static SiteDetails withCoordinator(SiteDetails details, @Nullable UUID coordinator) {
		return new SiteDetails(details.name(), details.place(), details.city(), details.point(), coordinator,
				details.startsAt(), details.routeKm(), details.capacity(), details.feeCents());
	}

	private SiteDetails coordinated(UUID id, UUID site, Principal principal) {
		SiteDetails details = this.campaigns.site(site)
			.filter(found -> found.campaign().equals(id))
			.flatMap(found -> this.setup.siteDetails(site))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!this.campaigns.coordinates(site, this.organizers.account(principal))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return details;
	}

	private String show(Model model, UUID campaign, @Nullable UUID site, SiteForm form, FormErrors errors,
			boolean organizer) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("organizer", organizer);
		model.addAttribute("campaignHref", CampaignPaths.campaign(campaign));
		model.addAttribute("action",
				(site == null) ? CampaignPaths.newSite(campaign) : CampaignPaths.editSite(campaign, site));
		return "calendar/site-form";
	}

}
