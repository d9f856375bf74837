package org.latch.fundraising;

import java.util.Locale;

import org.latch.platform.Language;

/** The language Stripe Checkout is shown in for a reader of Latch. */
final class StripeLocales {

	private StripeLocales() {
	}

	/** Stripe Checkout speaks every language of Latch but Haitian Creole. */
	static String of(Locale locale) {
		Language language = Language.of(locale);
		return language.tag().equals("ht") ? "auto" : language.tag();
	}

}
