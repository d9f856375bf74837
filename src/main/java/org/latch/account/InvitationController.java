package org.latch.account;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.latch.platform.FormErrors;
import org.latch.platform.Language;

/**
 * Org and Area Administrators invite people by email to a role in their part of the
 * network.
 */
@Controller
class InvitationController {

	private final AccountManagement accounts;

	private final Validator validator;

	InvitationController(AccountManagement accounts, Validator validator) {
		this.accounts = accounts;
		this.validator = validator;
	}

	@GetMapping("/invitations/new")
	String form(Principal principal, Model model) {
		return show(principal, model, InvitationForm.empty(), FormErrors.none());
	}

	@PostMapping("/invitations/new")
	String invite(Principal principal, @Valid @ModelAttribute("form") InvitationForm form, BindingResult result,
			java.util.Locale locale, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(principal, model, form, FormErrors.of(result));
		}
		this.accounts.invite(principal.getName(), form, Language.of(locale).tag());
		redirect.addFlashAttribute("flash", "invitation.sent");
		return "redirect:/invitations/new";
	}

	@GetMapping("/invitations/{token}")
	String open(@PathVariable String token, Model model, HttpServletResponse response) {
		return this.accounts.invitation(token).map(invitation -> {
			model.addAttribute("invitation", invitation);
			model.addAttribute("token", token);
			model.addAttribute("form", AcceptInvitationForm.empty());
			model.addAttribute("errors", FormErrors.none());
			return "account/invitation-accept";
		}).orElseGet(() -> invalid(model, response));
	}

	@PostMapping("/invitations/{token}")
	String accept(@PathVariable String token, @ModelAttribute("form") AcceptInvitationForm form, BindingResult binding,
			java.util.Locale locale, Model model, HttpServletResponse response) {
		var invitation = this.accounts.invitation(token);
		if (invitation.isEmpty()) {
			return invalid(model, response);
		}
		if (!invitation.get().accountExists()) {
			FormErrors errors = FormErrors.none();
			this.validator.validate(form).forEach(v -> errors.reject(v.getPropertyPath().toString(), v.getMessage()));
			if (errors.any()) {
				model.addAttribute("invitation", invitation.get());
				model.addAttribute("token", token);
				model.addAttribute("errors", errors);
				return "account/invitation-accept";
			}
		}
		this.accounts.acceptInvitation(token, invitation.get().accountExists() ? null : form,
				Language.of(locale).tag());
		return "redirect:/sign-in?notice=invited";
	}

	private String show(Principal principal, Model model, InvitationForm form, FormErrors errors) {
		List<Role> roles = this.accounts.invitableRoles(principal.getName());
		if (roles.isEmpty()) {
			throw new NotAllowed();
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", roles);
		model.addAttribute("units", this.accounts.invitableUnits(principal.getName()));
		return "account/invitation-new";
	}

	private static String invalid(Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("message", "invitation.invalid");
		return "account/message";
	}

}
