package org.latch.impact;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.latch.platform.PageContext;
import org.latch.platform.ReadOnlyPage;

/** The public impact page: every figure with what it counts. */
@Controller
class ImpactController {

	static final String PATH = "/impact";

	private final LiveFigures figures;

	ImpactController(LiveFigures figures) {
		this.figures = figures;
	}

	@ReadOnlyPage
	@GetMapping(PATH)
	String impact(@ModelAttribute(name = "page", binding = false) PageContext page, Model model) {
		model.addAttribute("impact", ImpactPage.of(this.figures.current(), page.i18n()));
		return "impact/impact";
	}

}
