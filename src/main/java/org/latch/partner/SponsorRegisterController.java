package org.latch.partner;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.latch.platform.Language;
import org.latch.platform.ReadOnlyPage;

/**
 * The public WHO Code register: the sponsors and exhibitors approved and current today,
 * with what they make or sell and until when. An entry leaves the page on its expiry date
 * by itself.
 */
@Controller
class SponsorRegisterController {

	private final SponsorReads sponsors;

	SponsorRegisterController(SponsorReads sponsors) {
		this.sponsors = sponsors;
	}

	@ReadOnlyPage
	@GetMapping(CodePaths.SPONSORS)
	String register(Model model, Locale locale) {
		model.addAttribute("sponsors", this.sponsors.current(Language.of(locale).locale()));
		return "partner/code-sponsors";
	}

	@GetMapping("/partners/code")
	String code() {
		return "redirect:" + CodePaths.SPONSORS;
	}

}
