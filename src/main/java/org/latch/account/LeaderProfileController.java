package org.latch.account;

import java.security.Principal;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.latch.directory.LeaderProfileView;
import org.latch.directory.LeaderProfiles;
import org.latch.platform.FormErrors;

/**
 * A Leader edits what families see about them: name, languages, a few words, and the
 * contact details they choose to share (none by default).
 */
@Controller
class LeaderProfileController {

	private final AccountManagement accounts;

	private final LeaderProfiles profiles;

	LeaderProfileController(AccountManagement accounts, LeaderProfiles profiles) {
		this.accounts = accounts;
		this.profiles = profiles;
	}

	@GetMapping("/account/leader-profile")
	String form(Principal principal, Model model) {
		LeaderProfileView profile = this.profiles.of(person(principal)).orElseThrow(NotAllowed::new);
		return show(model, LeaderProfileForm.of(profile), profile, FormErrors.none());
	}

	@PostMapping("/account/leader-profile")
	String save(@Valid @ModelAttribute("form") LeaderProfileForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		UUID person = person(principal);
		LeaderProfileView profile = this.profiles.of(person).orElseThrow(NotAllowed::new);
		FormErrors errors = FormErrors.of(result);
		if (form.knownLanguages().isEmpty()) {
			errors.reject("languages", "validation.languages");
		}
		if (errors.any()) {
			return show(model, form, profile, errors);
		}
		this.profiles.update(person, form.input());
		redirect.addFlashAttribute("flash", "leader-profile.saved");
		return "redirect:/account/leader-profile";
	}

	private UUID person(Principal principal) {
		return this.accounts.idOf(principal.getName()).orElseThrow(NotAllowed::new);
	}

	private static String show(Model model, LeaderProfileForm form, LeaderProfileView profile, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("groups", profile.groups().size());
		model.addAttribute("errors", errors);
		return "account/leader-profile";
	}

}
