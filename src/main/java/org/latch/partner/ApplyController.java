package org.latch.partner;

import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import org.latch.account.AccountManagement;
import org.latch.platform.FormErrors;
import org.latch.platform.Language;

/**
 * The Partner Profile for a signed-in person applying for their organization: a draft
 * saved step by step, which they may leave and continue later, then submitted to review.
 * Someone else's application is a 404.
 */
@Controller
class ApplyController {

	private final PartnerManagement partners;

	private final PartnerApplications applications;

	private final AccountManagement accounts;

	private final EvidenceLimit limit;

	ApplyController(PartnerManagement partners, PartnerApplications applications, AccountManagement accounts,
			EvidenceLimit limit) {
		this.partners = partners;
		this.applications = applications;
		this.accounts = accounts;
		this.limit = limit;
	}

	@GetMapping(PartnerPaths.APPLY)
	String mine(Principal principal, Model model) {
		model.addAttribute("applications", this.applications.mine(applicant(principal)));
		return "partner/apply-list";
	}

	@PostMapping(PartnerPaths.APPLY)
	String start(Principal principal) {
		PartnerId id = this.partners.start(applicant(principal));
		return "redirect:" + PartnerPaths.step(id.value(), ApplyStep.ORGANIZATION);
	}

	@GetMapping(PartnerPaths.APPLY + "/{id}")
	String overview(@PathVariable UUID id, Principal principal, Model model, Locale locale) {
		return showOverview(model, view(id, principal, locale), null);
	}

	@GetMapping(PartnerPaths.APPLY + "/{id}/{slug}")
	String step(@PathVariable UUID id, @PathVariable String slug,
			@RequestParam(required = false) @Nullable String problem, Principal principal, Model model, Locale locale) {
		ApplyStep step = ApplyStep.of(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ApplicationView view = view(id, principal, locale);
		if (!view.editable() || step == ApplyStep.SUBMIT) {
			return "redirect:" + PartnerPaths.application(id);
		}
		FormErrors errors = FormErrors.none();
		if ("too-large".equals(problem) && step == ApplyStep.RECOGNITION) {
			errors.reject("evidence", "validation.partner.evidence-size", this.limit.maxSize().toMegabytes());
		}
		return show(model, step, view, this.applications.form(step, id, applicant(principal)).orElseThrow(), errors);
	}

	@PostMapping(PartnerPaths.APPLY + "/{id}/organization")
	String saveOrganization(@PathVariable UUID id, @ModelAttribute("form") OrganizationForm form, Principal principal,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		ApplicationView view = editableView(id, principal, locale);
		FormErrors errors = FormErrors.none();
		Optional<OrganizationDetails> details = PartnerChecks.organization(form, errors);
		if (details.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, ApplyStep.ORGANIZATION, view, form, errors);
		}
		this.partners.saveOrganization(new PartnerId(id), applicant(principal), details.get());
		return saved(id, ApplyStep.ORGANIZATION, redirect);
	}

	@PostMapping(PartnerPaths.APPLY + "/{id}/recognition")
	String saveRecognition(@PathVariable UUID id, @RequestParam(required = false) @Nullable String registrationNumber,
			@RequestParam(required = false) @Nullable MultipartFile evidence, Principal principal, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		ApplicationView view = editableView(id, principal, locale);
		FormErrors errors = FormErrors.none();
		Optional<String> number = PartnerChecks.registration(registrationNumber, errors);
		byte[] bytes = null;
		if (evidence != null && !evidence.isEmpty()) {
			if (evidence.getSize() > this.limit.maxSize().toBytes()) {
				errors.reject("evidence", "validation.partner.evidence-size", this.limit.maxSize().toMegabytes());
			}
			else {
				bytes = evidence.getBytes();
				if (EvidenceType.sniff(bytes).isEmpty()) {
					errors.reject("evidence", "validation.partner.evidence-type");
				}
			}
		}
		else if (view.evidenceType() == null) {
			errors.reject("evidence", "validation.partner.evidence-missing");
		}
		if (errors.any() || number.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, ApplyStep.RECOGNITION, view,
					new RecognitionForm((registrationNumber == null) ? "" : registrationNumber), errors);
		}
		this.partners.saveRecognition(new PartnerId(id), applicant(principal), number.get(), bytes);
		return saved(id, ApplyStep.RECOGNITION, redirect);
	}

	@PostMapping(PartnerPaths.APPLY + "/{id}/people")
	String savePeople(@PathVariable UUID id, @ModelAttribute("form") PeopleForm form, Principal principal, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		ApplicationView view = editableView(id, principal, locale);
		FormErrors errors = FormErrors.none();
		Optional<PeopleDetails> details = PartnerChecks.people(form, errors);
		if (details.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, ApplyStep.PEOPLE, view, form, errors);
		}
		this.partners.savePeople(new PartnerId(id), applicant(principal), details.get());
		return saved(id, ApplyStep.PEOPLE, redirect);
	}

	@PostMapping(PartnerPaths.APPLY + "/{id}/pledge")
	String savePledge(@PathVariable UUID id, @RequestParam(required = false) @Nullable String pledge,
			Principal principal, Locale locale, RedirectAttributes redirect) {
		editableView(id, principal, locale);
		if (pledge != null && !pledge.equals("true")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		this.partners.savePledge(new PartnerId(id), applicant(principal), pledge != null);
		return saved(id, ApplyStep.PLEDGE, redirect);
	}

	@PostMapping(PartnerPaths.APPLY + "/{id}/submit")
	String submit(@PathVariable UUID id, Principal principal, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		editableView(id, principal, locale);
		ReviewOutcome outcome = this.partners.submitted(new PartnerId(id), applicant(principal));
		if (outcome != ReviewOutcome.DONE) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showOverview(model, view(id, principal, locale), "partner.submit." + outcome.name());
		}
		redirect.addFlashAttribute("flash", "partner.submitted");
		return "redirect:" + PartnerPaths.application(id);
	}

	@GetMapping(PartnerPaths.APPLY + "/{id}/evidence")
	ResponseEntity<Resource> evidence(@PathVariable UUID id, Principal principal) {
		return ReviewController.download(this.applications.evidence(id, applicant(principal), false));
	}

	private String saved(UUID id, ApplyStep step, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "partner.step.saved");
		ApplyStep next = step.next();
		return "redirect:" + ((next == ApplyStep.SUBMIT) ? PartnerPaths.application(id) : PartnerPaths.step(id, next));
	}

	private String show(Model model, ApplyStep step, ApplicationView view, Object form, FormErrors errors) {
		model.addAttribute("application", view);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("maxMegabytes", this.limit.maxSize().toMegabytes());
		return "partner/apply-" + step.slug();
	}

	private String showOverview(Model model, ApplicationView view, @Nullable String problem) {
		model.addAttribute("application", view);
		model.addAttribute("problem", problem);
		return "partner/apply-overview";
	}

	private ApplicationView editableView(UUID id, Principal principal, Locale locale) {
		ApplicationView view = view(id, principal, locale);
		if (!view.editable()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		return view;
	}

	private ApplicationView view(UUID id, Principal principal, Locale locale) {
		return this.applications.forApplicant(id, applicant(principal), Language.of(locale).locale())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private UUID applicant(Principal principal) {
		return this.accounts.person(principal.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN))
			.id();
	}

}
