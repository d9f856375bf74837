package org.latch.partner;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * The anonymized public summary of a violation report, written by a moderator: nothing of
 * the reporter, and no words of theirs unless the moderator wrote them again.
 *
 * @param company the company responsible
 * @param productKind what kind of product
 * @param article the kind of breach
 * @param country the ISO 3166 country code where it happened
 * @param month the month it was seen
 * @param text the moderator's own words, if any
 */
public record ViolationSummary(String company, ProductCategory productKind, CodeArticle article, String country,
		YearMonth month, @Nullable String text) {
}
