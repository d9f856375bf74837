package org.latch.partner;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.latch.platform.PageContext;

/** Words the Code register's pages write from values: dates and lists of categories. */
final class CodeText {

	private CodeText() {
	}

	/** A date as the reader writes it ("9 March 2026"); empty for none. */
	static String day(PageContext page, @Nullable LocalDate day) {
		return (day == null) ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(page.language().locale()).format(day);
	}

	/** Product categories named in the reader's language, between commas. */
	static String products(PageContext page, Collection<ProductCategory> products) {
		return products.stream()
			.sorted()
			.map(category -> page.t("code.product." + category.name()))
			.collect(Collectors.joining(", "));
	}

}
