package org.latch.directory;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import static org.latch.platform.FormParameters.all;
import static org.latch.platform.FormParameters.one;

/**
 * A milk bank or depot as typed into its form, every value still text, so each can be
 * checked and shown back as typed.
 */
record MilkPlaceForm(String kind, String bank, String name, String streetAddress, String city, String region,
		String postalCode, String country, String latitude, String longitude, String phone, String website,
		List<String> languages) {

	static MilkPlaceForm empty(String language, String country) {
		return new MilkPlaceForm(MilkPlaceKind.MILK_BANK.name(), "", "", "", "", "", "", country, "", "", "", "",
				List.of(language));
	}

	static MilkPlaceForm from(Map<String, String[]> parameters) {
		return new MilkPlaceForm(one(parameters, "kind"), one(parameters, "bank"), one(parameters, "name"),
				one(parameters, "streetAddress"), one(parameters, "city"), one(parameters, "region"),
				one(parameters, "postalCode"), one(parameters, "country"), one(parameters, "latitude"),
				one(parameters, "longitude"), one(parameters, "phone"), one(parameters, "website"),
				all(parameters, "languages"));
	}

	static MilkPlaceForm of(NewMilkPlace place) {
		return new MilkPlaceForm(place.kind().name(), place.bank() == null ? "" : place.bank().value().toString(),
				place.name(), text(place.streetAddress()), place.city(), text(place.region()), text(place.postalCode()),
				place.country(), Double.toString(place.latitude()), Double.toString(place.longitude()),
				text(place.phone()), text(place.website()), place.languages());
	}

	/**
	 * The place fields as a group's: the columns have the same limits, so
	 * {@link GroupChecks} checks them and looks up missing coordinates.
	 */
	GroupForm asGroup() {
		return new GroupForm(this.name, this.country, this.region, this.city, this.streetAddress, this.postalCode,
				this.latitude, this.longitude, false, this.languages, "", this.phone, this.website, Map.of());
	}

	boolean is(MilkPlaceKind kind) {
		return kind.name().equals(this.kind);
	}

	boolean speaks(String language) {
		return this.languages.contains(language);
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

}
