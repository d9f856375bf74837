package org.latch.impact;

import org.springframework.stereotype.Component;

import org.latch.platform.HomeStrip;
import org.latch.platform.HomeStrips;
import org.latch.platform.Localizer;

/** The main figures on the home page, linking to {@code /impact}. */
@Component
class ImpactHomeStrip implements HomeStrips {

	private final LiveFigures figures;

	ImpactHomeStrip(LiveFigures figures) {
		this.figures = figures;
	}

	@Override
	public HomeStrip strip(Localizer i18n) {
		return new HomeStrip(i18n.t("impact.home.heading"), ImpactPage.of(this.figures.current(), i18n).main(),
				i18n.t("impact.updated"), ImpactController.PATH, i18n.t("impact.home.more"));
	}

}
