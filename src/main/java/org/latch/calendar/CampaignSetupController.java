package org.latch.calendar;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import org.latch.directory.DirectoryManagement;
import org.latch.directory.UnitId;
import org.latch.platform.FormErrors;
import org.latch.platform.Language;

/**
 * Setting up a campaign: its organizers (Organization Administrators of the organizing
 * unit, platform administrators) create and edit it; they add sites; a site's coordinator
 * edits that site. Anyone else gets 403; a bad field is explained next to it (422) and
 * nothing is saved.
 */
@Controller
class CampaignSetupController {

	private final Campaigns campaigns;

	private final CampaignSetup setup;

	private final CampaignChecks checks;

	private final Organizers organizers;

	private final DirectoryManagement directory;

	CampaignSetupController(Campaigns campaigns, CampaignSetup setup, CampaignChecks checks, Organizers organizers,
			DirectoryManagement directory) {
		this.campaigns = campaigns;
		this.setup = setup;
		this.checks = checks;
		this.organizers = organizers;
		this.directory = directory;
	}

	@GetMapping(CampaignPaths.MANAGE)
	String manage(Principal principal, Model model) {
		UUID account = this.organizers.account(principal);
		model.addAttribute("campaigns", this.organizers.organized(account));
		model.addAttribute("sites", this.organizers.coordinated(account));
		model.addAttribute("mayCreate", !this.organizers.units(principal).isEmpty());
		return "calendar/manage";
	}

	@GetMapping(CampaignPaths.NEW)
	String newCampaign(Principal principal, Model model, Locale locale) {
		List<Organizers.Choice> units = allowedUnits(principal);
		UnitId first = units.getFirst().id();
		return show(model, CampaignForm.empty(first.toString(), this.directory.likelyZone(first).getId(),
				Language.of(locale).tag()), FormErrors.none(), null, units);
	}

	@PostMapping(CampaignPaths.NEW)
	String create(Principal principal, HttpServletRequest request, HttpServletResponse response, Model model) {
		List<Organizers.Choice> units = allowedUnits(principal);
		CampaignForm form = CampaignForm.from(request.getParameterMap());
		FormErrors errors = FormErrors.none();
		Optional<UUID> organizer = FormValues.uuid(form.organizer())
			.filter(id -> units.stream().anyMatch(unit -> unit.id().value().equals(id)));
		if (organizer.isEmpty()) {
			errors.reject("organizer", "campaign.error.organizer");
		}
		Optional<CampaignDetails> details = this.checks.check(form, errors, null);
		if (details.isEmpty() || organizer.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, form, errors, null, units);
		}
		UUID id = this.setup.create(new UnitId(organizer.get()), details.get());
		return "redirect:" + CampaignPaths.campaign(id) + "?saved=1";
	}

	@GetMapping("/campaigns/{id}/edit")
	String edit(@PathVariable UUID id, Principal principal, Model model) {
		CampaignDetails details = organized(id, principal);
		return show(model, CampaignForm.of(details), FormErrors.none(), id, List.of());
	}

	@PostMapping("/campaigns/{id}/edit")
	String change(@PathVariable UUID id, Principal principal, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		CampaignDetails existing = organized(id, principal);
		CampaignForm form = CampaignForm.from(request.getParameterMap());
		FormErrors errors = FormErrors.none();
		Optional<CampaignDetails> details = this.checks.check(form, errors, existing);
		if (details.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, form, errors, id, List.of());
		}
		this.setup.change(id, details.get());
		return "redirect:" + CampaignPaths.campaign(id) + "?saved=1";
	}

	private List<Organizers.Choice> allowedUnits(Principal principal) {
		List<Organizers.Choice> units = this.organizers.units(principal);
		if (units.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return units;
	}

	private CampaignDetails organized(UUID id, Principal principal) {
		CampaignDetails details = this.setup.details(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!this.campaigns.organizes(id, this.organizers.account(principal))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return details;
	}

	private String show(Model model, CampaignForm form, FormErrors errors, @org.jspecify.annotations.Nullable UUID id,
			List<Organizers.Choice> units) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("action", (id == null) ? CampaignPaths.NEW : CampaignPaths.edit(id));
		model.addAttribute("units", units);
		model.addAttribute("coHosts", this.checks.coHostChoices());
		model.addAttribute("sponsors", this.checks.sponsorChoices());
		model.addAttribute("languages", Language.all());
		return "calendar/campaign-form";
	}

}
