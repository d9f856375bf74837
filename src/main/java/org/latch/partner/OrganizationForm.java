package org.latch.partner;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The first step of the Partner Profile as submitted; every field unchecked. */
record OrganizationForm(@Nullable String legalName, @Nullable String country, @Nullable String region,
		@Nullable String level, @Nullable List<String> languages, @Nullable String website, @Nullable String mission) {

	static OrganizationForm of(PartnerApplication application) {
		return new OrganizationForm(application.legalName(), application.country(), application.region(),
				(application.level() == null) ? null : application.level().name(), application.languages(),
				application.website(), application.mission());
	}

	String text(@Nullable String value) {
		return (value == null) ? "" : value;
	}

	boolean speaks(String tag) {
		return this.languages != null && this.languages.contains(tag);
	}

}
