package org.latch.calendar;

import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import org.latch.platform.FormErrors;

/**
 * Moving a registration (organizers only): to another site of the campaign or its virtual
 * stroll, and to another team or none. A site without room, or with people waiting, is
 * refused next to the field (422) and nothing changes; a cancelled registration has
 * nothing to move (404).
 */
@Controller
class MoveController {

	/** Tries when a site's row stays locked by registrations too long. */
	private static final int ATTEMPTS = 3;

	private final Organizers organizers;

	private final CampaignRepository campaigns;

	private final RegistrationPages registrationPages;

	private final TeamPages pages;

	private final TeamChecks checks;

	private final RegistrationMoves moves;

	MoveController(Organizers organizers, CampaignRepository campaigns, RegistrationPages registrationPages,
			TeamPages pages, TeamChecks checks, RegistrationMoves moves) {
		this.organizers = organizers;
		this.campaigns = campaigns;
		this.registrationPages = registrationPages;
		this.pages = pages;
		this.checks = checks;
		this.moves = moves;
	}

	@GetMapping("/campaigns/{id}/registrations/{registration}/move")
	String form(@PathVariable UUID id, @PathVariable UUID registration, Principal principal, Model model,
			Locale locale) {
		TeamPages.Entry entry = entry(id, registration, principal);
		return show(model, entry, entry.form(), FormErrors.none(), locale);
	}

	@PostMapping("/campaigns/{id}/registrations/{registration}/move")
	String move(@PathVariable UUID id, @PathVariable UUID registration, Principal principal, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		TeamPages.Entry entry = entry(id, registration, principal);
		Campaign campaign = this.campaigns.findById(id).orElseThrow();
		MoveForm form = MoveForm.from(request.getParameterMap());
		FormErrors errors = FormErrors.none();
		Optional<TeamChecks.Target> target = this.checks.target(campaign, form, errors);
		if (target.isPresent()) {
			RegistrationMoves.Outcome outcome = move(id, registration, target.get());
			if (outcome == RegistrationMoves.Outcome.GONE) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			if (outcome == RegistrationMoves.Outcome.MOVED) {
				return "redirect:" + CampaignPaths.teams(id) + "?done=moved";
			}
			errors.reject("site", "move.error.full");
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return show(model, entry, form, errors, locale);
	}

	private RegistrationMoves.Outcome move(UUID campaign, UUID registration, TeamChecks.Target target) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.moves.move(campaign, registration, target.site(), target.team());
			}
			catch (ConcurrencyFailureException ex) {
				// A registration held the site's row, or changed this one, meanwhile.
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private TeamPages.Entry entry(UUID campaign, UUID registration, Principal principal) {
		this.organizers.requireOrganizer(campaign, principal);
		return this.pages.entry(campaign, registration)
			.filter(TeamPages.Entry::movable)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String show(Model model, TeamPages.Entry entry, MoveForm form, FormErrors errors, Locale locale) {
		model.addAttribute("entry", entry);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("choices",
				this.registrationPages.choices(this.campaigns.findById(entry.campaign()).orElseThrow(), locale));
		model.addAttribute("action", CampaignPaths.move(entry.campaign(), entry.id()));
		model.addAttribute("back", CampaignPaths.teams(entry.campaign()));
		return "calendar/move";
	}

}
