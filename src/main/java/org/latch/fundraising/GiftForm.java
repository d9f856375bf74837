package org.latch.fundraising;

import java.util.Map;
import java.util.Optional;

import org.latch.platform.FormErrors;
import org.latch.platform.Language;

/**
 * A gift as sent, from the give form (online) or a coordinator's offline gift form (with
 * method, receipt number, the page credited and the site); every field text until
 * checked. Givers may stay anonymous: the honor roll then shows no name.
 */
record GiftForm(String amount, String name, String email, boolean anonymous, String message, String language,
		String method, String receipt, String page, String site) {

	/** Gifts start at one unit of the currency (Stripe's minimum is lower). */
	static final long MIN_CENTS = 100;

	private static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s.]{2,}";

	static GiftForm empty(String language) {
		return new GiftForm("", "", "", false, "", language, "", "", "", "");
	}

	static GiftForm from(Map<String, String[]> parameters) {
		return new GiftForm(FormText.one(parameters, "amount"), FormText.one(parameters, "name"),
				FormText.one(parameters, "email"), "true".equals(FormText.one(parameters, "anonymous")),
				FormText.one(parameters, "message"), FormText.one(parameters, "language"),
				FormText.one(parameters, "method"), FormText.one(parameters, "receipt"),
				FormText.one(parameters, "page"), FormText.one(parameters, "site"));
	}

	/** The giver's part, shared by both forms. */
	Optional<GiftDetails> check(FormErrors errors) {
		long cents = FormText.money(this.amount, MIN_CENTS, "amount", errors).orElse(0L);
		String giver = FormText.check(this.name, 1, 120, false, "name", errors).orElse("");
		String address = this.email.strip();
		if (!address.isEmpty() && (address.length() > 254 || !address.matches(EMAIL))) {
			errors.reject("email", "fund.error.email");
		}
		String note = FormText.check(this.message, 0, 500, true, "message", errors).orElse("");
		// The language of the receipt and the thank-you email: one of Latch's.
		String tag = Language.match(this.language).map(Language::tag).orElseGet(() -> {
			errors.reject("language", "fund.error.language");
			return Language.ENGLISH.tag();
		});
		return errors.any() ? Optional.empty() : Optional.of(new GiftDetails(cents, giver,
				address.isEmpty() ? null : address, this.anonymous, note.isEmpty() ? null : note, tag));
	}

	/** Cash or check, or null with the field's error. */
	Gift.Method offlineMethod(FormErrors errors) {
		if (this.method.equals(Gift.Method.CASH.name()) || this.method.equals(Gift.Method.CHECK.name())) {
			return Gift.Method.valueOf(this.method);
		}
		errors.reject("method", "fund.error.method");
		return Gift.Method.CASH;
	}

	/** The receipt number written on the paper receipt: letters, digits, - and /. */
	String receiptNumber(FormErrors errors) {
		String number = this.receipt.strip();
		if (!number.matches("[A-Za-z0-9][A-Za-z0-9/-]{0,39}")) {
			errors.reject("receipt", number.isEmpty() ? "fund.error.required" : "fund.error.receipt");
		}
		return number;
	}

	boolean is(Gift.Method option) {
		return option.name().equals(this.method);
	}

}
