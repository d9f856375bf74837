package org.latch.partner;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.latch.platform.FormErrors;

/**
 * Checks a violation report and a moderator's summary field by field, each problem a
 * message key next to its field. Nothing is saved from a form with any problem.
 */
final class ReportChecks {

	static final int MAX_DESCRIPTION = 4000;

	static final int MAX_SUMMARY = 1000;

	/** The World Health Assembly adopted the Code on 21 May 1981. */
	static final LocalDate CODE_ADOPTED = LocalDate.of(1981, 5, 21);

	private ReportChecks() {
	}

	/**
	 * The report, or empty with its problems added to {@code errors}. {@code today} is
	 * the server's date: a day later is still accepted, as the reporter's own date may be
	 * ahead of it.
	 */
	static Optional<NewViolationReport> report(ReportForm form, LocalDate today, FormErrors errors) {
		String place = name(form.place(), "place", "validation.code.place", errors);
		String country = country(form.country(), errors);
		LocalDate observed = date(form.observedOn());
		if (observed == null || observed.isAfter(today.plusDays(1)) || observed.isBefore(CODE_ADOPTED)) {
			errors.reject("observedOn", "validation.code.observed-on");
		}
		String company = name(form.company(), "company", "validation.code.company", errors);
		String product = PartnerChecks.line(form.product());
		if (product.length() > PartnerChecks.MAX_NAME || PartnerChecks.unsafe(product)) {
			errors.reject("product", "validation.code.product");
		}
		ProductCategory kind = kind(form.productKind(), errors);
		CodeArticle article = SponsorChecks.choice(CodeArticle.class, form.article());
		if (article == null) {
			errors.reject("article", "validation.code.article");
		}
		String description = PartnerChecks.text(form.description());
		if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
			errors.reject("description", "validation.code.report-description");
		}
		String email = PartnerChecks.line(form.email());
		if (!email.isEmpty() && !PartnerChecks.email(email)) {
			errors.reject("email", "validation.email");
		}
		if (!"true".equals(form.consent())) {
			errors.reject("consent", "validation.code.consent");
		}
		if (errors.any() || observed == null || kind == null || article == null) {
			return Optional.empty();
		}
		return Optional.of(new NewViolationReport(place, country, observed, company, product.isEmpty() ? null : product,
				kind, article, description, email.isEmpty() ? null : email));
	}

	/** The moderator's summary, or empty with its problems added to {@code errors}. */
	static Optional<ViolationSummary> summary(SummaryForm form, LocalDate today, FormErrors errors) {
		String company = name(form.company(), "company", "validation.code.company", errors);
		ProductCategory kind = kind(form.productKind(), errors);
		CodeArticle article = SponsorChecks.choice(CodeArticle.class, form.article());
		if (article == null) {
			errors.reject("article", "validation.code.article");
		}
		String country = country(form.country(), errors);
		YearMonth month = month(form.month());
		if (month == null || month.isAfter(YearMonth.from(today)) || month.isBefore(YearMonth.from(CODE_ADOPTED))) {
			errors.reject("month", "validation.code.month");
		}
		String text = PartnerChecks.text(form.text());
		if (text.length() > MAX_SUMMARY) {
			errors.reject("text", "validation.code.summary-text");
		}
		if (errors.any() || kind == null || article == null || month == null) {
			return Optional.empty();
		}
		return Optional.of(new ViolationSummary(company, kind, article, country, month, text.isEmpty() ? null : text));
	}

	private static String name(@Nullable String value, String field, String key, FormErrors errors) {
		String name = PartnerChecks.line(value);
		if (name.isEmpty() || name.length() > PartnerChecks.MAX_NAME || PartnerChecks.unsafe(name)) {
			errors.reject(field, key);
		}
		return name;
	}

	private static String country(@Nullable String value, FormErrors errors) {
		String country = PartnerChecks.line(value).toUpperCase(Locale.ROOT);
		if (!Countries.CODES.contains(country)) {
			errors.reject("country", "validation.partner.country");
		}
		return country;
	}

	private static @Nullable ProductCategory kind(@Nullable String value, FormErrors errors) {
		ProductCategory kind = SponsorChecks.choice(ProductCategory.class, value);
		if (kind == null || !kind.reportable()) {
			errors.reject("productKind", "validation.code.product-kind");
			return null;
		}
		return kind;
	}

	private static @Nullable LocalDate date(@Nullable String value) {
		try {
			return (value == null) ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static @Nullable YearMonth month(@Nullable String value) {
		try {
			return (value == null) ? null : YearMonth.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
