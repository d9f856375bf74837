package org.latch.partner.benefit;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Something the partner offers, as typed: its kind, the details, the languages of
 * translation help.
 */
record ObligationForm(@Nullable String offer, @Nullable String details, @Nullable List<String> languages) {

	static ObligationForm empty() {
		return new ObligationForm("", "", List.of());
	}

	ObligationForm checked() {
		return new ObligationForm(PromotionForm.orEmpty(this.offer), PromotionForm.orEmpty(this.details),
				(this.languages == null) ? List.of() : List.copyOf(this.languages));
	}

}
