package org.latch.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** The figures as {@code /api/impact} sends them (decision 37 says what each counts). */
@Schema(name = "Impact", description = "The network's live figures, computed from Latch's records.")
record ImpactView(
		@Schema(description = "When the figures were computed (they are kept for a minute).") Instant computedAt,
		@Schema(description = "People holding the Leader role now, each once.") long leaders,
		@Schema(description = "Times a Leader helped a family: help requests answered in Latch, each once, "
				+ "and contacts Leaders logged.") long familiesHelped,
		@Schema(description = "Countries and territories (ISO 3166-1) where a local group meets in person.") long countries,
		@Schema(description = "States, provinces and territories where a local group meets in person; "
				+ "a country whose groups name none counts once.") long regions,
		@Schema(description = "Local groups meeting in person.") long groupsInPerson,
		@Schema(description = "Local groups meeting online.") long groupsOnline,
		@Schema(description = "Donor milk confirmed by milk banks, in US fluid ounces to a tenth.") BigDecimal ouncesDonated,
		@Schema(description = "The same milk in whole millilitres.") long millilitresDonated) {

	static ImpactView of(ImpactFigures figures) {
		return new ImpactView(figures.computedAt(), figures.leaders(), figures.familiesHelped(), figures.countries(),
				figures.regions(), figures.groupsInPerson(), figures.groupsOnline(),
				figures.ouncesDonated().setScale(1, RoundingMode.HALF_EVEN),
				figures.millilitresDonated().setScale(0, RoundingMode.HALF_EVEN).longValueExact());
	}

}
