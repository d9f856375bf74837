package org.latch.account;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.latch.directory.DirectoryManagement;
import org.latch.directory.LeaderProfiles;
import org.latch.directory.UnitView;

/** A person's own account: roles, passkeys, signing out everywhere. */
@Controller
class AccountController {

	record RoleLine(String roleKey, String unitName) {
	}

	private final AccountManagement accounts;

	private final DirectoryManagement directory;

	private final Passkeys passkeys;

	private final SessionTerminator sessions;

	private final LeaderProfiles leaderProfiles;

	AccountController(AccountManagement accounts, DirectoryManagement directory, Passkeys passkeys,
			SessionTerminator sessions, LeaderProfiles leaderProfiles) {
		this.leaderProfiles = leaderProfiles;
		this.accounts = accounts;
		this.directory = directory;
		this.passkeys = passkeys;
		this.sessions = sessions;
	}

	@GetMapping("/account")
	String account(Principal principal, Model model) {
		AccountView account = this.accounts.find(principal.getName()).orElseThrow(NotAllowed::new);
		List<RoleLine> roles = account.grants()
			.stream()
			.map(g -> new RoleLine(g.role().messageKey(),
					g.unit() == null ? "" : this.directory.find(g.unit()).map(UnitView::name).orElse("")))
			.toList();
		this.passkeys.prepare(account.email(), account.displayName());
		model.addAttribute("account", account);
		model.addAttribute("roles", roles);
		model.addAttribute("passkeys", this.passkeys.of(account.email()));
		model.addAttribute("canInvite", !this.accounts.invitableRoles(account.email()).isEmpty());
		model.addAttribute("hasLeaderProfile",
				this.accounts.idOf(account.email()).flatMap(this.leaderProfiles::of).isPresent());
		model.addAttribute("canManage",
				account.grants().stream().anyMatch(g -> g.role().scoped() || g.role() == Role.PLATFORM_ADMIN));
		return "account/account";
	}

	@PostMapping("/account/passkeys/{id}/delete")
	String removePasskey(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash",
				this.passkeys.remove(principal.getName(), id) ? "account.passkey.removed" : "account.passkey.unknown");
		return "redirect:/account";
	}

	@PostMapping("/account/sign-out-everywhere")
	String signOutEverywhere(Principal principal, HttpServletRequest request) throws ServletException {
		this.sessions.endAll(principal.getName());
		request.logout();
		return "redirect:/sign-in?notice=signed-out-everywhere";
	}

}
