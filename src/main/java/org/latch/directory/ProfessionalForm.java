package org.latch.directory;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import static org.latch.platform.FormParameters.all;
import static org.latch.platform.FormParameters.one;

/**
 * A health professional as typed into their form, every value still text, so each can be
 * checked and shown back as typed. {@code consent}: the administrator confirms the
 * professional agreed to be listed with these details.
 */
record ProfessionalForm(String kind, String name, String credentials, String iblceNumber, String practice,
		String streetAddress, String city, String region, String postalCode, String country, String latitude,
		String longitude, String phone, String website, List<String> languages, boolean telehealth, boolean consent) {

	static ProfessionalForm empty(String language, String country) {
		return new ProfessionalForm(ProfessionalKind.IBCLC.name(), "", "", "", "", "", "", "", "", country, "", "", "",
				"", List.of(language), false, false);
	}

	static ProfessionalForm from(Map<String, String[]> parameters) {
		return new ProfessionalForm(one(parameters, "kind"), one(parameters, "name"), one(parameters, "credentials"),
				one(parameters, "iblceNumber"), one(parameters, "practice"), one(parameters, "streetAddress"),
				one(parameters, "city"), one(parameters, "region"), one(parameters, "postalCode"),
				one(parameters, "country"), one(parameters, "latitude"), one(parameters, "longitude"),
				one(parameters, "phone"), one(parameters, "website"), all(parameters, "languages"),
				"true".equals(one(parameters, "telehealth")), "true".equals(one(parameters, "consent")));
	}

	/** A stored listing, whose agreement was noted when it was added. */
	static ProfessionalForm of(NewProfessional professional) {
		return new ProfessionalForm(professional.kind().name(), professional.name(), text(professional.credentials()),
				text(professional.iblceNumber()), text(professional.practice()), text(professional.streetAddress()),
				professional.city(), text(professional.region()), text(professional.postalCode()),
				professional.country(), Double.toString(professional.latitude()),
				Double.toString(professional.longitude()), text(professional.phone()), text(professional.website()),
				professional.languages(), professional.telehealth(), true);
	}

	/**
	 * The place fields as a group's: the columns have the same limits, so
	 * {@link GroupChecks} checks them and looks up missing coordinates.
	 */
	GroupForm asGroup() {
		return new GroupForm(this.name, this.country, this.region, this.city, this.streetAddress, this.postalCode,
				this.latitude, this.longitude, false, this.languages, "", this.phone, this.website, Map.of());
	}

	boolean is(ProfessionalKind kind) {
		return kind.name().equals(this.kind);
	}

	boolean speaks(String language) {
		return this.languages.contains(language);
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

}
