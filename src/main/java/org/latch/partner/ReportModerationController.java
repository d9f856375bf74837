package org.latch.partner;

import java.util.Locale;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import org.latch.partner.ViolationStep.Action;
import org.latch.platform.FormErrors;
import org.latch.platform.Language;

/**
 * Where the register's reviewers moderate a violation report: read it and see its photo,
 * then publish an anonymized summary, refuse it with a reason, mark it as the same as
 * another, or take a published summary down. Everyone else gets 403.
 */
@Controller
class ReportModerationController {

	private final ViolationReports reports;

	private final ViolationReads reads;

	private final SponsorRegister register;

	private final Reviewers reviewers;

	ReportModerationController(ViolationReports reports, ViolationReads reads, SponsorRegister register,
			Reviewers reviewers) {
		this.reports = reports;
		this.reads = reads;
		this.register = register;
		this.reviewers = reviewers;
	}

	@GetMapping(CodePaths.REVIEW + "/reports/{id}")
	String open(@PathVariable UUID id, Authentication auth, Model model, Locale locale, HttpServletResponse response) {
		this.reviewers.require(auth);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return show(model, id, locale, null, FormErrors.none(), null, null, "");
	}

	@GetMapping(CodePaths.REVIEW + "/reports/{id}/photo")
	ResponseEntity<Resource> photo(@PathVariable UUID id, Authentication auth) {
		this.reviewers.require(auth);
		PartnerApplications.Evidence photo = this.reads.photo(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return Downloads.inlineImage(photo.file(), photo.type(), "report-photo");
	}

	@PostMapping(CodePaths.REVIEW + "/reports/{id}/publish")
	String publish(@PathVariable UUID id, @ModelAttribute("summary") SummaryForm form, Authentication auth, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		UUID moderator = this.reviewers.require(auth);
		FormErrors errors = FormErrors.none();
		var summary = ReportChecks.summary(form, this.register.today(), errors);
		if (summary.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, id, locale, "code.moderation.problem.summary", errors, form, "publish", "");
		}
		return done(this.reports.moderate(new ViolationReportId(id), moderator, Action.PUBLISHED, null, summary.get(),
				null), id, Action.PUBLISHED, "publish", "", model, locale, response, redirect);
	}

	@PostMapping(CodePaths.REVIEW + "/reports/{id}/{action:reject|withdraw}")
	String refuse(@PathVariable UUID id, @PathVariable String action,
			@RequestParam(required = false) @Nullable String note, Authentication auth, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		UUID moderator = this.reviewers.require(auth);
		Action taken = action.equals("reject") ? Action.REJECTED : Action.WITHDRAWN;
		return done(this.reports.moderate(new ViolationReportId(id), moderator, taken, note, null, null), id, taken,
				action, (note == null) ? "" : note, model, locale, response, redirect);
	}

	@PostMapping(CodePaths.REVIEW + "/reports/{id}/duplicate")
	String duplicate(@PathVariable UUID id, @RequestParam(required = false) @Nullable String original,
			Authentication auth, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		UUID moderator = this.reviewers.require(auth);
		ViolationReportId of = null;
		try {
			of = (original == null) ? null : new ViolationReportId(UUID.fromString(original));
		}
		catch (IllegalArgumentException notAnId) {
			// Left empty: the moderator is asked to choose again.
		}
		return done(
				this.reports.moderate(new ViolationReportId(id), moderator, Action.MARKED_DUPLICATE, null, null, of),
				id, Action.MARKED_DUPLICATE, "duplicate", "", model, locale, response, redirect);
	}

	private String done(ReviewOutcome outcome, UUID id, Action action, String form, String note, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		if (outcome == ReviewOutcome.NOT_FOUND) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (outcome != ReviewOutcome.DONE) {
			response.setStatus((outcome == ReviewOutcome.NOT_NOW) ? HttpStatus.CONFLICT.value()
					: HttpStatus.UNPROCESSABLE_CONTENT.value());
			String problem = (outcome == ReviewOutcome.NOTE_NEEDED) ? "code.moderation.problem." + form
					: "code.review.problem." + outcome.name();
			return show(model, id, locale, problem, FormErrors.none(), null, form, note);
		}
		redirect.addFlashAttribute("flash", "code.moderation.done." + action.name());
		return "redirect:" + CodePaths.reviewReport(id);
	}

	private String show(Model model, UUID id, Locale locale, @Nullable String problem, FormErrors errors,
			@Nullable SummaryForm summary, @Nullable String failed, String note) {
		Locale reader = Language.of(locale).locale();
		ReportView report = this.reads.forModerator(id, reader)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("report", report);
		model.addAttribute("summary", (summary == null) ? SummaryForm.of(report.report()) : summary);
		model.addAttribute("choices",
				report.received() ? this.reads.duplicateChoices(id, reader) : java.util.List.of());
		model.addAttribute("problem", problem);
		model.addAttribute("errors", errors);
		model.addAttribute("failed", failed);
		model.addAttribute("note", note);
		return "partner/code-review-report";
	}

}
