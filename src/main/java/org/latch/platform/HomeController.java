package org.latch.platform;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The home and about pages. */
@Controller
class HomeController {

	private final ObjectProvider<HomeStrips> strips;

	HomeController(ObjectProvider<HomeStrips> strips) {
		this.strips = strips;
	}

	@ReadOnlyPage
	@GetMapping("/")
	String home(@ModelAttribute(name = "page", binding = false) PageContext page, Model model) {
		HomeStrips offered = this.strips.getIfUnique();
		model.addAttribute("strip", (offered == null) ? null : offered.strip(page.i18n()));
		return "platform/home";
	}

	@ReadOnlyPage
	@GetMapping("/about")
	String about() {
		return "platform/about";
	}

}
