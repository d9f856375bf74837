package org.latch.milkdonation;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import org.latch.account.AccountManagement;
import org.latch.account.Role;
import org.latch.platform.FormErrors;

/**
 * Where platform administrators say who works for which milk bank: every bank with its
 * staff, a form to add someone by the address of their account, and removal. Everyone
 * else gets 403.
 */
@Controller
class StaffController {

	private final MilkBankStaffing staffing;

	private final AccountManagement accounts;

	StaffController(MilkBankStaffing staffing, AccountManagement accounts) {
		this.staffing = staffing;
		this.accounts = accounts;
	}

	@GetMapping(MilkPaths.STAFF)
	String list(Authentication auth, Model model) {
		admin(auth);
		return show(model, "", null, FormErrors.none());
	}

	@PostMapping(MilkPaths.STAFF)
	String add(@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String bank, Authentication auth, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		UUID admin = admin(auth);
		String address = (email == null) ? "" : email.strip();
		UUID chosen = uuid(bank);
		FormErrors errors = FormErrors.none();
		if (address.isEmpty() || address.length() > 254) {
			errors.reject("email", "validation.milk.staff-email");
		}
		if (chosen == null) {
			errors.reject("bank", "validation.milk.bank");
		}
		if (!errors.any() && chosen != null) {
			switch (this.staffing.add(address, chosen, admin)) {
				case DONE -> {
					redirect.addFlashAttribute("flash", "milk.staff.added");
					return "redirect:" + MilkPaths.STAFF;
				}
				case NO_ACCOUNT -> errors.reject("email", "validation.milk.staff-account");
				case NOT_A_BANK -> errors.reject("bank", "validation.milk.bank");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return show(model, address, chosen, errors);
	}

	@PostMapping(MilkPaths.STAFF + "/remove")
	String remove(@RequestParam(required = false) @Nullable String account, Authentication auth,
			RedirectAttributes redirect) {
		admin(auth);
		UUID id = uuid(account);
		if (id == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		if (!this.staffing.remove(id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("flash", "milk.staff.removed");
		return "redirect:" + MilkPaths.STAFF;
	}

	private String show(Model model, String email, @Nullable UUID bank, FormErrors errors) {
		model.addAttribute("banks", this.staffing.banks());
		model.addAttribute("email", email);
		model.addAttribute("bank", bank);
		model.addAttribute("errors", errors);
		return "milkdonation/bank-staff";
	}

	/** The administrator's account id; 403 for anyone else. */
	private UUID admin(Authentication auth) {
		boolean allowed = auth.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals(Role.PLATFORM_ADMIN.authority()));
		if (!allowed) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return this.accounts.person(auth.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN))
			.id();
	}

	private static @Nullable UUID uuid(@Nullable String value) {
		try {
			return (value == null) ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
