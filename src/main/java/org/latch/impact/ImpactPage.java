package org.latch.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.latch.platform.HomeStrip;
import org.latch.platform.Localizer;

/**
 * The figures as a reader in one language reads them, in the order the page lists them,
 * and when they were computed.
 */
record ImpactPage(Instant computedAt, List<ShownFigure> figures) {

	/** The figures the home page strip shows. */
	static final Set<String> MAIN = Set.of("leaders", "families", "countries", "regions", "ounces");

	static ImpactPage of(ImpactFigures figures, Localizer i18n) {
		NumberFormat whole = NumberFormat.getIntegerInstance(i18n.locale());
		String litres = whole
			.format(figures.millilitresDonated().divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_EVEN));
		return new ImpactPage(figures.computedAt(), List.of(shown("leaders", whole.format(figures.leaders()), i18n),
				shown("families", whole.format(figures.familiesHelped()), i18n),
				shown("countries", whole.format(figures.countries()), i18n),
				shown("regions", whole.format(figures.regions()), i18n),
				shown("groups-in-person", whole.format(figures.groupsInPerson()), i18n),
				shown("groups-online", whole.format(figures.groupsOnline()), i18n), shown("ounces",
						whole.format(figures.ouncesDonated().setScale(0, RoundingMode.HALF_EVEN)), i18n, litres)));
	}

	/** The main figures, for the home page strip. */
	List<HomeStrip.Figure> main() {
		return this.figures.stream()
			.filter(figure -> MAIN.contains(figure.key()))
			.map(figure -> new HomeStrip.Figure(figure.number(), figure.label()))
			.toList();
	}

	private static ShownFigure shown(String key, String number, Localizer i18n, Object... meaning) {
		return new ShownFigure(key, number, i18n.t("impact." + key), i18n.t("impact." + key + ".meaning", meaning));
	}

}
