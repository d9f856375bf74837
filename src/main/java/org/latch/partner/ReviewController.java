package org.latch.partner;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import org.latch.partner.PartnerApplications.Evidence;
import org.latch.partner.PartnerStep.Action;
import org.latch.platform.Language;

/**
 * Where platform and Organization Administrators review applications: the queue, one
 * application with its checklist, evidence and history, and the actions that move it on.
 * Everyone else gets 403.
 */
@Controller
class ReviewController {

	private static final Map<String, Action> ACTIONS = Map.of("start", Action.REVIEW_STARTED, "request-information",
			Action.INFORMATION_REQUESTED, "approve", Action.APPROVED, "decline", Action.DECLINED);

	private final PartnerManagement partners;

	private final PartnerApplications applications;

	private final Reviewers reviewers;

	ReviewController(PartnerManagement partners, PartnerApplications applications, Reviewers reviewers) {
		this.partners = partners;
		this.applications = applications;
		this.reviewers = reviewers;
	}

	@GetMapping(PartnerPaths.REVIEW)
	String queue(Authentication auth, Model model) {
		reviewer(auth);
		model.addAttribute("open", this.applications.queue(PartnerApplications.OPEN));
		model.addAttribute("decided", this.applications.queue(PartnerApplications.DECIDED));
		return "partner/review-list";
	}

	@GetMapping(PartnerPaths.REVIEW + "/{id}")
	String open(@PathVariable UUID id, Authentication auth, Model model, Locale locale, HttpServletResponse response) {
		reviewer(auth);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return show(model, id, locale, null, null, "");
	}

	@PostMapping(PartnerPaths.REVIEW + "/{id}/{action}")
	String act(@PathVariable UUID id, @PathVariable String action,
			@RequestParam(required = false) @Nullable String note, Authentication auth, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		UUID reviewer = reviewer(auth);
		Action taken = ACTIONS.get(action);
		if (taken == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		ReviewOutcome outcome = this.partners.review(new PartnerId(id), reviewer, taken, note);
		if (outcome == ReviewOutcome.NOT_FOUND) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (outcome != ReviewOutcome.DONE) {
			response.setStatus((outcome == ReviewOutcome.NOT_NOW) ? HttpStatus.CONFLICT.value()
					: HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, id, locale, "partner.review.problem." + outcome.name(), action,
					(note == null) ? "" : note);
		}
		redirect.addFlashAttribute("flash", "partner.review.done." + taken.name());
		return "redirect:" + PartnerPaths.review(id);
	}

	@GetMapping(PartnerPaths.REVIEW + "/{id}/evidence")
	ResponseEntity<Resource> evidence(@PathVariable UUID id, Authentication auth) {
		return download(this.applications.evidence(id, reviewer(auth), true));
	}

	/** An evidence file as a download, never shown in the browser. */
	static ResponseEntity<Resource> download(Optional<Evidence> evidence) {
		Evidence found = evidence.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return Downloads.attachment(found.file(), found.type(), "legal-recognition");
	}

	private String show(Model model, UUID id, Locale locale, @Nullable String problem, @Nullable String failed,
			String note) {
		model.addAttribute("application", this.applications.forReviewer(id, Language.of(locale).locale())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("problem", problem);
		model.addAttribute("failed", failed);
		model.addAttribute("note", note);
		return "partner/review";
	}

	private UUID reviewer(Authentication auth) {
		return this.reviewers.require(auth);
	}

}
