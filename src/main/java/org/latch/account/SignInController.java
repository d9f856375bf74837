package org.latch.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page (password, passkey, emailed link) and the pages around the emailed link. */
@Controller
class SignInController {

	@GetMapping(SecurityConfig.SIGN_IN)
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String unverified,
			@RequestParam(required = false) String throttled, @RequestParam(required = false) String reset,
			@RequestParam(required = false) String invited, Model model) {
		String notice = error != null ? "sign-in.failed"
				: unverified != null ? "sign-in.unverified"
						: throttled != null ? "sign-in.throttled" : reset != null ? "password-reset.done" : invited != null ? "invitation.accepted" : null;
		model.addAttribute("notice", notice);
		model.addAttribute("problem", error != null || unverified != null || throttled != null);
		return "account/sign-in";
	}

	/** Reached when the link form was sent without an address: Spring Security only handles filled ones. */
	@PostMapping(SecurityConfig.SIGN_IN_LINK)
	String linkWithoutAddress() {
		return "redirect:" + SecurityConfig.SIGN_IN + "?error";
	}

	@GetMapping(SecurityConfig.SIGN_IN_LINK + "/sent")
	String linkSent(Model model) {
		model.addAttribute("message", "sign-in.link.sent");
		return "account/message";
	}

	/**
	 * The link in the email opens this page, and a button signs in. A GET never signs in, so mail
	 * scanners that follow links do not use up the token.
	 */
	@GetMapping(SecurityConfig.SIGN_IN_LINK)
	String confirmLink(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token.length() > 100 ? "" : token);
		return "account/sign-in-link";
	}

}
