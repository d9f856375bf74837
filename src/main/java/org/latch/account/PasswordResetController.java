package org.latch.account;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import org.latch.platform.FormErrors;

/**
 * Forgotten passwords: an emailed link, a new password, and every other session ended.
 */
@Controller
class PasswordResetController {

	private final AccountManagement accounts;

	private final SessionTerminator sessions;

	PasswordResetController(AccountManagement accounts, SessionTerminator sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@GetMapping("/password-reset")
	String request(Model model) {
		model.addAttribute("form", EmailForm.empty());
		model.addAttribute("errors", FormErrors.none());
		return "account/password-reset-request";
	}

	@PostMapping("/password-reset")
	String send(@Valid @ModelAttribute("form") EmailForm form, BindingResult result, Model model) {
		if (result.hasErrors()) {
			model.addAttribute("errors", FormErrors.of(result));
			return "account/password-reset-request";
		}
		this.accounts.requestPasswordReset(form.email());
		return "redirect:/password-reset/sent";
	}

	@GetMapping("/password-reset/sent")
	String sent(Model model) {
		model.addAttribute("message", "password-reset.sent");
		return "account/message";
	}

	@GetMapping("/password-reset/{token}")
	String choose(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!this.accounts.resetLinkUsable(token)) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("message", "password-reset.invalid");
			return "account/message";
		}
		model.addAttribute("token", token);
		model.addAttribute("errors", FormErrors.none());
		return "account/password-reset-form";
	}

	@PostMapping("/password-reset/{token}")
	String reset(@PathVariable String token, @Valid @ModelAttribute("form") NewPasswordForm form, BindingResult result,
			Model model, HttpServletResponse response) {
		if (result.hasErrors()) {
			model.addAttribute("token", token);
			model.addAttribute("errors", FormErrors.of(result));
			return "account/password-reset-form";
		}
		return this.accounts.resetPassword(token, form.password()).map(email -> {
			this.sessions.endAll(email);
			return "redirect:/sign-in?notice=reset";
		}).orElseGet(() -> {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("message", "password-reset.invalid");
			return "account/message";
		});
	}

}
