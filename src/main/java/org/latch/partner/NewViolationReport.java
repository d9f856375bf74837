package org.latch.partner;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A violation of the International Code as someone saw it, already checked. Only
 * moderators read it; the public sees the summary they write.
 *
 * @param place where: a shop, a clinic, a website or an event's name
 * @param country the ISO 3166 country code of the place
 * @param observedOn when it was seen
 * @param company the company or brand
 * @param product the product, if named
 * @param productKind what kind of product it was
 * @param article the kind of breach
 * @param description what happened, in the reporter's words
 * @param reporterEmail where to tell the reporter what became of it, if they want to know
 */
public record NewViolationReport(String place, String country, LocalDate observedOn, String company,
		@Nullable String product, ProductCategory productKind, CodeArticle article, String description,
		@Nullable String reporterEmail) {
}
