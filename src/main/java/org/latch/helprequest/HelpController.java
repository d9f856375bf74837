package org.latch.helprequest;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
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

import org.latch.platform.FormErrors;
import org.latch.platform.Language;
import org.latch.platform.PlatformSettings;

/**
 * "Ask for help" without an account: the form, and the family's private page of the
 * request, where they follow the answer, add messages and delete everything.
 */
@Controller
class HelpController {

	private final HelpRequests requests;

	private final HelpChecks checks;

	private final HelpThrottle throttle;

	private final int keepMonths;

	private final PlatformSettings settings;

	HelpController(HelpRequests requests, HelpChecks checks, HelpThrottle throttle, PlatformSettings settings,
			@Value("${latch.help.keep-months:12}") int keepMonths) {
		this.settings = settings;
		this.requests = requests;
		this.checks = checks;
		this.throttle = throttle;
		this.keepMonths = keepMonths;
	}

	@GetMapping(HelpPaths.FORM)
	String form(Model model, Locale locale) {
		return show(model, HelpForm.empty(HelpRequests.newSecret(), Language.of(locale).tag()), FormErrors.none());
	}

	@PostMapping(HelpPaths.FORM)
	String send(@ModelAttribute("form") HelpForm form, BindingResult binding, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		if (!HelpRequests.isSecret(form.secret())) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		FormErrors errors = FormErrors.of(binding);
		Optional<Submission> submission = this.checks.check(form, errors);
		if (submission.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(model, form, errors);
		}
		if (!this.requests.exists(form.secret()) && !this.throttle.allow(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("limited", true);
			return show(model, form, errors);
		}
		try {
			this.requests.submit(submission.get());
		}
		catch (DataIntegrityViolationException ex) {
			// The same form sent twice at once: the other one was stored.
			if (!this.requests.exists(form.secret())) {
				throw ex;
			}
		}
		return "redirect:" + HelpPaths.conversation(form.secret()) + "?sent=1";
	}

	@GetMapping("/help/r/{secret}")
	String conversation(@PathVariable String secret, @RequestParam(required = false) String sent, Model model,
			HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		Optional<Conversation> conversation = HelpRequests.isSecret(secret) ? this.requests.conversation(secret)
				: Optional.empty();
		if (conversation.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "helprequest/help-gone";
		}
		model.addAttribute("conversation", conversation.get());
		model.addAttribute("secret", secret);
		model.addAttribute("link", this.settings.link(HelpPaths.conversation(secret)));
		model.addAttribute("sent", sent != null);
		model.addAttribute("messageError", false);
		return "helprequest/help-conversation";
	}

	@PostMapping("/help/r/{secret}/messages")
	String addMessage(@PathVariable String secret, @RequestParam(required = false) String body, Model model,
			HttpServletResponse response) {
		Optional<String> text = HelpChecks.message(body);
		if (text.isEmpty()) {
			String page = conversation(secret, null, model, response);
			if (response.getStatus() != HttpStatus.NOT_FOUND.value()) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				model.addAttribute("messageError", true);
			}
			return page;
		}
		if (!HelpRequests.isSecret(secret) || !this.requests.addMessage(secret, text.get())) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "helprequest/help-gone";
		}
		return "redirect:" + HelpPaths.conversation(secret) + "#messages";
	}

	@PostMapping("/help/r/{secret}/thanks")
	String thank(@PathVariable String secret, @RequestParam(required = false) String rating,
			HttpServletResponse response) {
		if (!HelpRequests.isSecret(secret) || !this.requests.exists(secret)) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "helprequest/help-gone";
		}
		if (rating == null || !rating.matches("[1-5]")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		this.requests.thank(secret, Integer.parseInt(rating));
		return "redirect:" + HelpPaths.conversation(secret) + "#thanks";
	}

	@PostMapping("/help/r/{secret}/delete")
	String delete(@PathVariable String secret, HttpServletResponse response) {
		if (!HelpRequests.isSecret(secret) || !this.requests.delete(secret)) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "helprequest/help-gone";
		}
		return "redirect:/help/deleted";
	}

	@GetMapping("/help/deleted")
	String deleted() {
		return "helprequest/help-deleted";
	}

	private String show(Model model, HelpForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("keepMonths", this.keepMonths);
		model.addAttribute("languages", Language.all());
		model.addAttribute("limited", model.containsAttribute("limited"));
		return "helprequest/help";
	}

}
