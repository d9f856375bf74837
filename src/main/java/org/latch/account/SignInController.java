package org.latch.account;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page (password, passkey, emailed link) and the pages around the emailed
 * link.
 */
@Controller
class SignInController {

	/**
	 * Notices the sign-in page can show, by the value of {@code ?notice=}; the first
	 * three are problems.
	 */
	static final Map<String, String> NOTICES = Map.ofEntries(Map.entry("failed", "sign-in.failed"),
			Map.entry("unverified", "sign-in.unverified"), Map.entry("throttled", "sign-in.throttled"),
			Map.entry("reset", "password-reset.done"), Map.entry("invited", "invitation.accepted"),
			Map.entry("signed-out", "sign-in.signed-out"),
			Map.entry("signed-out-everywhere", "sign-in.signed-out-everywhere"));

	@GetMapping(SecurityConfig.SIGN_IN)
	String signIn(@RequestParam(defaultValue = "") String notice, Model model) {
		model.addAttribute("notice", NOTICES.get(notice));
		model.addAttribute("problem", Set.of("failed", "unverified", "throttled").contains(notice));
		return "account/sign-in";
	}

	/**
	 * Reached when the link form was sent without an address: Spring Security only
	 * handles filled ones.
	 */
	@PostMapping(SecurityConfig.SIGN_IN_LINK)
	String linkWithoutAddress() {
		return "redirect:" + SecurityConfig.SIGN_IN + "?notice=failed";
	}

	@GetMapping(SecurityConfig.SIGN_IN_LINK + "/sent")
	String linkSent(Model model) {
		model.addAttribute("message", "sign-in.link.sent");
		return "account/message";
	}

	/**
	 * The link in the email opens this page, and a button signs in. A GET never signs in,
	 * so mail scanners that follow links do not use up the token.
	 */
	@GetMapping(SecurityConfig.SIGN_IN_LINK)
	String confirmLink(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token.length() > 100 ? "" : token);
		return "account/sign-in-link";
	}

}
