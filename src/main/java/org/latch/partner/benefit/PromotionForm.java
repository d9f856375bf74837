package org.latch.partner.benefit;

import org.jspecify.annotations.Nullable;

/**
 * An event or post to promote, as typed; {@link LedgerChecks} says what is wrong with it.
 */
record PromotionForm(@Nullable String kind, @Nullable String title, @Nullable String link, @Nullable String day,
		@Nullable String summary) {

	static PromotionForm empty() {
		return new PromotionForm("EVENT", "", "", "", "");
	}

	/** The form with every missing value empty, once checked. */
	PromotionForm checked() {
		return new PromotionForm(orEmpty(this.kind), orEmpty(this.title), orEmpty(this.link), orEmpty(this.day),
				orEmpty(this.summary));
	}

	static String orEmpty(@Nullable String value) {
		return (value == null) ? "" : value;
	}

}
