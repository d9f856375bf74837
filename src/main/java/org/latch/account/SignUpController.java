package org.latch.account;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.latch.platform.FormErrors;
import org.latch.platform.Language;

/** Opening an account and verifying its email address. */
@Controller
class SignUpController {

	private final AccountManagement accounts;

	SignUpController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/sign-up")
	String form(Model model) {
		return show(model, SignUpForm.empty(), FormErrors.none());
	}

	@PostMapping("/sign-up")
	String submit(@Valid @ModelAttribute("form") SignUpForm form, BindingResult result, java.util.Locale locale,
			Model model) {
		FormErrors errors = FormErrors.of(result);
		if (form.passwordTooShort()) {
			errors.reject("password", "validation.password.length");
		}
		if (errors.any()) {
			return show(model, form, errors);
		}
		this.accounts.signUp(form, Language.of(locale).tag());
		return "redirect:/sign-up/sent";
	}

	@GetMapping("/sign-up/sent")
	String sent(Model model) {
		model.addAttribute("message", "sign-up.sent");
		return "account/message";
	}

	@GetMapping("/verify-email")
	String verify(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("message", this.accounts.verifyEmail(token) ? "verify.done" : "verify.invalid");
		return "account/message";
	}

	private static String show(Model model, SignUpForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "account/sign-up";
	}

}
