package org.latch.calendar;

import java.security.Principal;
import java.util.Optional;
import java.util.UUID;

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
import org.springframework.web.server.ResponseStatusException;

import org.latch.platform.FormErrors;

/**
 * The organizers' page of a campaign's teams and registrations, and renaming a team.
 * Anyone but the campaign's organizers gets 403; a bad name is explained next to the
 * field (422) and nothing changes.
 */
@Controller
class TeamController {

	private final Organizers organizers;

	private final TeamPages pages;

	private final TeamChecks checks;

	TeamController(Organizers organizers, TeamPages pages, TeamChecks checks) {
		this.organizers = organizers;
		this.pages = pages;
		this.checks = checks;
	}

	@GetMapping("/campaigns/{id}/teams")
	String teams(@PathVariable UUID id, @RequestParam(required = false) @Nullable String done, Principal principal,
			Model model) {
		this.organizers.requireOrganizer(id, principal);
		model.addAttribute("roster", this.pages.roster(id).orElseThrow());
		model.addAttribute("done", ("renamed".equals(done) || "moved".equals(done)) ? "teams.done." + done : null);
		return "calendar/teams";
	}

	@GetMapping("/campaigns/{id}/teams/{team}/edit")
	String edit(@PathVariable UUID id, @PathVariable UUID team, Principal principal, Model model) {
		TeamSummary found = team(id, team, principal);
		return show(model, found, found.name(), FormErrors.none());
	}

	@PostMapping("/campaigns/{id}/teams/{team}/edit")
	String rename(@PathVariable UUID id, @PathVariable UUID team, @RequestParam(defaultValue = "") String name,
			Principal principal, HttpServletResponse response, Model model) {
		TeamSummary found = team(id, team, principal);
		FormErrors errors = FormErrors.none();
		Optional<String> checked = this.checks.name(found, name, errors);
		if (checked.isPresent()) {
			try {
				this.pages.rename(team, checked.get());
				return "redirect:" + CampaignPaths.teams(id) + "?done=renamed";
			}
			catch (DataIntegrityViolationException ex) {
				// Another organizer gave that name to another team meanwhile.
				errors.reject("name", "team.error.name.taken");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return show(model, found, name, errors);
	}

	private TeamSummary team(UUID campaign, UUID team, Principal principal) {
		this.organizers.requireOrganizer(campaign, principal);
		return this.pages.team(campaign, team).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String show(Model model, TeamSummary team, String name, FormErrors errors) {
		model.addAttribute("team", team);
		model.addAttribute("name", name);
		model.addAttribute("errors", errors);
		model.addAttribute("action", CampaignPaths.renameTeam(team.campaign(), team.id()));
		model.addAttribute("back", CampaignPaths.teams(team.campaign()));
		return "calendar/team-form";
	}

}
