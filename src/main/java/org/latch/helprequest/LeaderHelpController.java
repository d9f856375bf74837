package org.latch.helprequest;

import java.security.Principal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import org.latch.directory.Stewardship;
import org.latch.platform.FormErrors;

/**
 * Where Leaders work on requests: their inbox of offers and requests, a request opened
 * (each opening recorded for the family), replies, notes, closing, and their terms for
 * taking requests. Families and strangers get 403; a request the viewer may not open is
 * 404, whether or not it exists.
 */
@Controller
class LeaderHelpController {

	private final HelpViewers viewers;

	private final LeaderDesk desk;

	private final HelpRouting routing;

	private final HelperSettings settings;

	private final Clock clock;

	private final Stewardship stewardship;

	LeaderHelpController(HelpViewers viewers, LeaderDesk desk, HelpRouting routing, HelperSettings settings,
			Clock clock, Stewardship stewardship) {
		this.stewardship = stewardship;
		this.viewers = viewers;
		this.desk = desk;
		this.routing = routing;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping(HelpPaths.INBOX)
	String inbox(Principal principal, @RequestParam(required = false) @Nullable String gone, Model model) {
		Viewer viewer = viewer(principal);
		model.addAttribute("gone", gone != null);
		model.addAttribute("inbox", this.desk.inbox(viewer));
		model.addAttribute("administrator", viewer.administrator());
		model.addAttribute("leadsGroup", !this.stewardship.steward(viewer.person().email()).leads().isEmpty());
		return "helprequest/leader-inbox";
	}

	@GetMapping(HelpPaths.INBOX + "/{id}")
	String open(@PathVariable UUID id, Principal principal, Model model, HttpServletResponse response) {
		Viewer viewer = viewer(principal);
		CaseView opened = this.desk.open(id, viewer, this.clock.instant())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		response.setHeader("Cache-Control", "no-store");
		return showCase(model, viewer, opened, FormErrors.none());
	}

	@PostMapping(HelpPaths.INBOX + "/offers/{offer}/accept")
	String accept(@PathVariable UUID offer, @RequestParam UUID request, Principal principal) {
		Viewer viewer = viewer(principal);
		if (!this.routing.accept(viewer.id(), offer, this.clock.instant())) {
			return "redirect:" + HelpPaths.INBOX + "?gone=1";
		}
		return "redirect:" + HelpPaths.request(request);
	}

	@PostMapping(HelpPaths.INBOX + "/offers/{offer}/decline")
	String decline(@PathVariable UUID offer, @RequestParam(required = false) @Nullable DeclineReason reason,
			Principal principal) {
		Viewer viewer = viewer(principal);
		if (!this.routing.decline(viewer.id(), offer, (reason == null) ? DeclineReason.OTHER : reason,
				this.clock.instant())) {
			return "redirect:" + HelpPaths.INBOX + "?gone=1";
		}
		return "redirect:" + HelpPaths.INBOX;
	}

	@PostMapping(HelpPaths.INBOX + "/{id}/reply")
	String reply(@PathVariable UUID id, @RequestParam(required = false) @Nullable String body, Principal principal,
			Model model, HttpServletResponse response) {
		Viewer viewer = viewer(principal);
		Optional<String> text = HelpChecks.message(body);
		if (text.isEmpty()) {
			return invalid(id, viewer, model, response, "body");
		}
		if (!this.desk.reply(id, viewer, text.get(), this.clock.instant())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:" + HelpPaths.request(id) + "#messages";
	}

	@PostMapping(HelpPaths.INBOX + "/{id}/refer")
	String refer(@PathVariable UUID id, @RequestParam(required = false) @Nullable String place, Principal principal) {
		Viewer viewer = viewer(principal);
		if (place == null || place.length() > 200 || !this.desk.refer(id, viewer, place, this.clock.instant())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:" + HelpPaths.request(id) + "#messages";
	}

	@PostMapping(HelpPaths.INBOX + "/{id}/notes")
	String note(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note, Principal principal,
			Model model, HttpServletResponse response) {
		Viewer viewer = viewer(principal);
		Optional<String> text = HelpChecks.message(note);
		if (text.isEmpty()) {
			return invalid(id, viewer, model, response, "note");
		}
		if (!this.desk.note(id, viewer, text.get(), this.clock.instant())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:" + HelpPaths.request(id) + "#notes";
	}

	@PostMapping(HelpPaths.INBOX + "/{id}/close")
	String close(@PathVariable UUID id, @RequestParam(required = false) @Nullable Outcome outcome,
			@RequestParam(required = false) @Nullable Set<Topic> topics, Principal principal, Model model,
			HttpServletResponse response) {
		Viewer viewer = viewer(principal);
		if (outcome == null) {
			return invalid(id, viewer, model, response, "outcome");
		}
		if (!this.desk.close(id, viewer, outcome, (topics == null) ? Set.of() : topics, this.clock.instant())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:" + HelpPaths.request(id);
	}

	@GetMapping(HelpPaths.QUEUE)
	String queue(Principal principal, Model model) {
		Viewer viewer = viewer(principal);
		if (!viewer.administrator()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		model.addAttribute("lines", this.desk.queue(viewer, this.clock.instant()));
		model.addAttribute("helpers", this.desk.helpersFor(viewer));
		return "helprequest/help-queue";
	}

	@PostMapping(HelpPaths.INBOX + "/{id}/assign")
	String assign(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID helper, Principal principal) {
		Viewer viewer = viewer(principal);
		boolean allowed = viewer.administrator() && helper != null
				&& this.desk.helpersFor(viewer).stream().anyMatch(h -> h.personId().equals(helper))
				&& this.desk.administersRequest(viewer, id);
		if (!allowed || !this.routing.assign(id, helper, viewer.name(), this.clock.instant())) {
			throw new ResponseStatusException(allowed ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN);
		}
		return "redirect:" + HelpPaths.QUEUE + "?assigned=1";
	}

	@GetMapping(HelpPaths.SETTINGS)
	String settings(Principal principal, @RequestParam(required = false) @Nullable String saved, Model model) {
		Viewer viewer = viewer(principal);
		HelperTerms terms = this.settings.terms(viewer.id()).orElse(HelperSettings.DEFAULT);
		return showSettings(model, HelperTermsForm.of(terms), terms, FormErrors.none(), saved != null);
	}

	@PostMapping(HelpPaths.SETTINGS)
	String saveSettings(@ModelAttribute("form") HelperTermsForm form, BindingResult binding, Principal principal,
			Model model, HttpServletResponse response) {
		Viewer viewer = viewer(principal);
		HelperTerms current = this.settings.terms(viewer.id()).orElse(HelperSettings.DEFAULT);
		FormErrors errors = FormErrors.of(binding);
		Optional<HelperTerms> terms = form.check(errors, current);
		if (terms.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showSettings(model, form, current, errors, false);
		}
		this.settings.save(viewer, terms.get(), this.clock.instant());
		return "redirect:" + HelpPaths.SETTINGS + "?saved=1";
	}

	private String showSettings(Model model, HelperTermsForm form, HelperTerms terms, FormErrors errors,
			boolean saved) {
		model.addAttribute("form", form);
		model.addAttribute("zone", terms.timeZone().getId());
		model.addAttribute("errors", errors);
		model.addAttribute("saved", saved);
		model.addAttribute("days", EnumSet.allOf(java.time.DayOfWeek.class));
		return "helprequest/helper-settings";
	}

	private String invalid(UUID id, Viewer viewer, Model model, HttpServletResponse response, String field) {
		CaseView opened = this.desk.open(id, viewer, this.clock.instant())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return showCase(model, viewer, opened, FormErrors.none().reject(field, "validation.help.leader." + field));
	}

	private String showCase(Model model, Viewer viewer, CaseView opened, FormErrors errors) {
		model.addAttribute("item", opened);
		model.addAttribute("referrals", this.desk.referrals(opened.id(), viewer));
		model.addAttribute("administrator", viewer.administrator());
		model.addAttribute("errors", errors);
		return "helprequest/leader-request";
	}

	private Viewer viewer(Principal principal) {
		return this.viewers.of(principal.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

}
