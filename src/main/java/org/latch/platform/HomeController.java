package org.latch.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home and about pages. */
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

}
