package org.latch.platform;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home and about pages, and the entry points for finding support and asking for help
 * until the directory and help-request modules serve them.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "platform/home";
	}

	@GetMapping("/about")
	String about() {
		return "platform/about";
	}

	@GetMapping("/find")
	String find(Model model) {
		model.addAttribute("feature", "find");
		return "platform/coming-soon";
	}

	@GetMapping("/help")
	String help(Model model) {
		model.addAttribute("feature", "help");
		return "platform/coming-soon";
	}

}
