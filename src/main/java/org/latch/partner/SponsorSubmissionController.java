package org.latch.partner;

import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import org.latch.account.AccountManagement;
import org.latch.platform.FormErrors;
import org.latch.platform.Language;

/**
 * A signed-in person (a partner, a campaign organizer, staff) enters a sponsor or
 * exhibitor in the Code register with its attestation, follows its review, and sends it
 * again to renew it or after a refusal. Someone else's entry is a 404.
 */
@Controller
class SponsorSubmissionController {

	private final SponsorRegister register;

	private final SponsorReads reads;

	private final AccountManagement accounts;

	SponsorSubmissionController(SponsorRegister register, SponsorReads reads, AccountManagement accounts) {
		this.register = register;
		this.reads = reads;
		this.accounts = accounts;
	}

	@GetMapping(CodePaths.SUBMISSIONS)
	String mine(Principal principal, Model model) {
		model.addAttribute("sponsors", this.reads.mine(submitter(principal)));
		return "partner/code-submissions";
	}

	@GetMapping(CodePaths.NEW_SUBMISSION)
	String blank(Model model) {
		return form(model, SponsorForm.empty(), FormErrors.none(), null);
	}

	@PostMapping(CodePaths.SUBMISSIONS)
	String submit(@ModelAttribute("form") SponsorForm form, Principal principal, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		FormErrors errors = FormErrors.none();
		Optional<SponsorChecks.Entry> entry = SponsorChecks.check(form, errors);
		if (entry.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, errors, null);
		}
		SponsorId id = this.register.submit(submitter(principal), entry.get().details(), entry.get().attestation(),
				Language.of(locale).locale());
		return sent(id.value(), entry.get(), redirect);
	}

	@GetMapping(CodePaths.SUBMISSIONS + "/{id}")
	String entry(@PathVariable UUID id, Principal principal, Model model, Locale locale) {
		model.addAttribute("sponsor", this.reads.forSubmitter(id, submitter(principal), Language.of(locale).locale())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "partner/code-submission";
	}

	@GetMapping(CodePaths.SUBMISSIONS + "/{id}/renew")
	String renewal(@PathVariable UUID id, Principal principal, Model model) {
		UUID submitter = submitter(principal);
		Optional<SponsorForm> form = this.reads.renewalForm(id, submitter);
		if (form.isEmpty()) {
			return "redirect:" + CodePaths.submission(own(id, submitter));
		}
		return form(model, form.get(), FormErrors.none(), id);
	}

	@PostMapping(CodePaths.SUBMISSIONS + "/{id}/renew")
	String renew(@PathVariable UUID id, @ModelAttribute("form") SponsorForm form, Principal principal, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		UUID submitter = submitter(principal);
		own(id, submitter);
		FormErrors errors = FormErrors.none();
		Optional<SponsorChecks.Entry> entry = SponsorChecks.check(form, errors);
		if (entry.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, errors, id);
		}
		ReviewOutcome outcome = this.register.resubmit(new SponsorId(id), submitter, entry.get().details(),
				entry.get().attestation(), Language.of(locale).locale());
		if (outcome != ReviewOutcome.DONE) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		return sent(id, entry.get(), redirect);
	}

	private String sent(UUID id, SponsorChecks.Entry entry, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash",
				entry.details().eligible() ? "code.submitted" : "code.submitted.not-eligible");
		return "redirect:" + CodePaths.submission(id);
	}

	private String form(Model model, SponsorForm form, FormErrors errors, @Nullable UUID renewing) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("action", (renewing == null) ? CodePaths.SUBMISSIONS : CodePaths.renewal(renewing));
		model.addAttribute("renewal", renewing != null);
		return "partner/code-sponsor-form";
	}

	/** The entry's id when it is the submitter's own; 404 otherwise. */
	private UUID own(UUID id, UUID submitter) {
		if (!this.reads.owns(id, submitter)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return id;
	}

	private UUID submitter(Principal principal) {
		return this.accounts.person(principal.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN))
			.id();
	}

}
