package org.latch.partner;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.latch.platform.FormErrors;

/**
 * Checks a register entry field by field, each problem a message key next to its field,
 * and turns a good form into the details and attestation to save. A form with any problem
 * saves nothing.
 */
final class SponsorChecks {

	static final int MAX_DESCRIPTION = 1000;

	private SponsorChecks() {
	}

	/** A checked entry: the organization and who attests for it. */
	record Entry(SponsorDetails details, Attestation attestation) {
	}

	static Optional<Entry> check(SponsorForm form, FormErrors errors) {
		String name = PartnerChecks.line(form.name());
		if (name.isEmpty() || name.length() > PartnerChecks.MAX_NAME || PartnerChecks.unsafe(name)) {
			errors.reject("name", "validation.code.name");
		}
		String country = PartnerChecks.line(form.country()).toUpperCase(Locale.ROOT);
		if (!Countries.CODES.contains(country)) {
			errors.reject("country", "validation.partner.country");
		}
		String website = PartnerChecks.website(form.website());
		if (website == null) {
			errors.reject("website", "validation.partner.website");
		}
		SponsorRole role = choice(SponsorRole.class, form.role());
		if (role == null) {
			errors.reject("role", "validation.code.role");
		}
		Set<ProductCategory> products = products(form.products());
		if (products.isEmpty()) {
			errors.reject("products", "validation.code.products");
		}
		String description = PartnerChecks.text(form.description());
		if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
			errors.reject("description", "validation.code.description");
		}
		Boolean affiliated = yesNo(form.affiliated());
		if (affiliated == null) {
			errors.reject("affiliated", "validation.code.affiliated");
		}
		Optional<Attestation> attestation = attestation(form, errors);
		if (errors.any() || role == null || website == null || affiliated == null || attestation.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Entry(new SponsorDetails(name, country, website.isEmpty() ? null : website, role,
				products, description, affiliated), attestation.get()));
	}

	private static Optional<Attestation> attestation(SponsorForm form, FormErrors errors) {
		String signer = PartnerChecks.line(form.signer());
		if (signer.isEmpty() || signer.length() > PartnerChecks.MAX_LINE || PartnerChecks.unsafe(signer)) {
			errors.reject("signer", "validation.code.signer");
		}
		String title = PartnerChecks.line(form.title());
		if (title.isEmpty() || title.length() > PartnerChecks.MAX_LINE || PartnerChecks.unsafe(title)) {
			errors.reject("title", "validation.code.title");
		}
		String email = PartnerChecks.line(form.email());
		if (!PartnerChecks.email(email)) {
			errors.reject("email", "validation.email");
		}
		if (!"true".equals(form.attest())) {
			errors.reject("attest", "validation.code.attest");
		}
		return errors.any() ? Optional.empty() : Optional.of(new Attestation(signer, title, email));
	}

	/** The chosen categories; none at all when any value is not a category. */
	private static Set<ProductCategory> products(@Nullable List<String> chosen) {
		if (chosen == null) {
			return Set.of();
		}
		Set<ProductCategory> products = EnumSet.noneOf(ProductCategory.class);
		for (String value : chosen) {
			ProductCategory category = choice(ProductCategory.class, value);
			if (category == null) {
				return Set.of();
			}
			products.add(category);
		}
		return products;
	}

	static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String value) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		return null;
	}

	private static @Nullable Boolean yesNo(@Nullable String value) {
		if ("yes".equals(value)) {
			return true;
		}
		return "no".equals(value) ? false : null;
	}

}
