package org.latch.partner;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A register entry as submitted on the form; every field unchecked. */
record SponsorForm(@Nullable String name, @Nullable String country, @Nullable String website, @Nullable String role,
		@Nullable List<String> products, @Nullable String description, @Nullable String affiliated,
		@Nullable String signer, @Nullable String title, @Nullable String email, @Nullable String attest) {

	static SponsorForm empty() {
		return new SponsorForm(null, null, null, null, null, null, null, null, null, null, null);
	}

	/** What was sent before; the attestation must be given again. */
	static SponsorForm of(SponsorDetails details, Attestation attestation) {
		return new SponsorForm(details.name(), details.country(), details.website(), details.role().name(),
				details.products().stream().sorted().map(ProductCategory::name).toList(), details.description(),
				details.affiliated() ? "yes" : "no", attestation.signer(), attestation.title(), attestation.email(),
				null);
	}

	String text(@Nullable String value) {
		return (value == null) ? "" : value;
	}

	boolean offers(ProductCategory category) {
		return this.products != null && this.products.contains(category.name());
	}

}
