package org.latch.partner;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import org.latch.partner.SponsorStep.Action;
import org.latch.platform.Language;

/**
 * Where the register's reviewers (platform and Organization Administrators) find what
 * waits for them, read a register entry with its attestation and history, and approve,
 * reject or suspend it. Everyone else gets 403.
 */
@Controller
class SponsorReviewController {

	private static final Map<String, Action> ACTIONS = Map.of("approve", Action.APPROVED, "reject", Action.REJECTED,
			"suspend", Action.SUSPENDED);

	private final SponsorRegister register;

	private final SponsorReads sponsors;

	private final ViolationReads reports;

	private final Reviewers reviewers;

	SponsorReviewController(SponsorRegister register, SponsorReads sponsors, ViolationReads reports,
			Reviewers reviewers) {
		this.register = register;
		this.sponsors = sponsors;
		this.reports = reports;
		this.reviewers = reviewers;
	}

	@GetMapping(CodePaths.REVIEW)
	String queue(Authentication auth, Model model, Locale locale) {
		this.reviewers.require(auth);
		model.addAttribute("waiting", this.sponsors.waiting());
		model.addAttribute("sponsors", this.sponsors.all());
		model.addAttribute("received", this.reports.received(Language.of(locale).locale()));
		model.addAttribute("decided", this.reports.decided(Language.of(locale).locale()));
		return "partner/code-review-list";
	}

	@GetMapping(CodePaths.REVIEW + "/sponsors/{id}")
	String open(@PathVariable UUID id, Authentication auth, Model model, Locale locale, HttpServletResponse response) {
		this.reviewers.require(auth);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return show(model, id, locale, null, null, "");
	}

	@PostMapping(CodePaths.REVIEW + "/sponsors/{id}/{action}")
	String act(@PathVariable UUID id, @PathVariable String action,
			@RequestParam(required = false) @Nullable String note, Authentication auth, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		UUID reviewer = this.reviewers.require(auth);
		Action taken = ACTIONS.get(action);
		if (taken == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		ReviewOutcome outcome = this.register.review(new SponsorId(id), reviewer, taken, note);
		if (outcome == ReviewOutcome.NOT_FOUND) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (outcome != ReviewOutcome.DONE) {
			response.setStatus((outcome == ReviewOutcome.NOT_NOW) ? HttpStatus.CONFLICT.value()
					: HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, id, locale, "code.review.problem." + outcome.name(), action, (note == null) ? "" : note);
		}
		redirect.addFlashAttribute("flash", "code.review.done." + taken.name());
		return "redirect:" + CodePaths.reviewSponsor(id);
	}

	private String show(Model model, UUID id, Locale locale, @Nullable String problem, @Nullable String failed,
			String note) {
		model.addAttribute("sponsor", this.sponsors.forReviewer(id, Language.of(locale).locale())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("problem", problem);
		model.addAttribute("failed", failed);
		model.addAttribute("note", note);
		return "partner/code-review-sponsor";
	}

}
