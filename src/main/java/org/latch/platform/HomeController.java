package org.latch.platform;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home and about pages, and the entry point for asking for help until the
 * help-request module serves it.
 */
@Controller
class HomeController {

	@ReadOnlyPage
	@GetMapping("/")
	String home() {
		return "platform/home";
	}

	@ReadOnlyPage
	@GetMapping("/about")
	String about() {
		return "platform/about";
	}

	@ReadOnlyPage
	@GetMapping("/help")
	String help(Model model) {
		model.addAttribute("feature", "help");
		return "platform/coming-soon";
	}

}
