package org.latch.fundraising;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Amounts of money as people type them ("25", "25.50", "1,250.00", "25,50") and as pages
 * show them, kept as whole cents of a currency with two decimals.
 */
final class Money {

	/** The currencies a campaign may raise funds in: all have cents. */
	static final List<String> CURRENCIES = List.of("USD", "CAD", "EUR", "GBP", "BRL", "MXN", "HTG");

	/** A gift or goal is at most ten million in the campaign's currency. */
	static final long MAX_CENTS = 1_000_000_000L;

	private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}(?:([,. ])\\d{3})*|\\d+)(?:([.,])(\\d{1,2}))?");

	private Money() {
	}

	/**
	 * Whole cents of the text, or empty when it is not an amount from 0 to the maximum.
	 */
	static Optional<Long> parse(@Nullable String text) {
		if (text == null) {
			return Optional.empty();
		}
		String trimmed = text.strip().replace("\u00a0", " ");
		if (trimmed.length() > 20) {
			return Optional.empty();
		}
		Matcher matcher = AMOUNT.matcher(trimmed);
		if (!matcher.matches() || (matcher.group(2) != null && matcher.group(2).equals(matcher.group(3)))) {
			return Optional.empty();
		}
		String whole = matcher.group(1).replaceAll("[,. ]", "");
		String fraction = (matcher.group(4) == null) ? "00" : (matcher.group(4) + "0").substring(0, 2);
		BigDecimal cents = new BigDecimal(whole + fraction);
		if (cents.compareTo(BigDecimal.valueOf(MAX_CENTS)) > 0) {
			return Optional.empty();
		}
		return Optional.of(cents.longValueExact());
	}

	/** The amount as a reader of this language writes it: "$1,250.00", "R$ 25,50". */
	static String format(long cents, String currency, Locale locale) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(Currency.getInstance(currency));
		return format.format(BigDecimal.valueOf(cents, 2));
	}

	/** The amount as a form shows it back: "25.50". */
	static String plain(long cents) {
		return BigDecimal.valueOf(cents, 2).toPlainString();
	}

}
