package org.latch.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.latch.platform.Language;

import static org.latch.platform.FormParameters.all;
import static org.latch.platform.FormParameters.one;

/**
 * A group as typed into the form or read from a CSV row, every value still text, so each
 * can be checked and shown back as typed.
 *
 * @param descriptions language tag to description
 */
record GroupForm(String name, String country, String region, String city, String streetAddress, String postalCode,
		String latitude, String longitude, boolean online, List<String> languages, String email, String phone,
		String website, Map<String, String> descriptions) {

	static final String DESCRIPTION = "description-";

	static GroupForm empty(String language, String country) {
		return new GroupForm("", country, "", "", "", "", "", "", false, List.of(language), "", "", "", Map.of());
	}

	static GroupForm from(Map<String, String[]> parameters) {
		Map<String, String> descriptions = new LinkedHashMap<>();
		for (Language language : Language.values()) {
			descriptions.put(language.tag(), one(parameters, DESCRIPTION + language.tag()));
		}
		return new GroupForm(one(parameters, "name"), one(parameters, "country"), one(parameters, "region"),
				one(parameters, "city"), one(parameters, "streetAddress"), one(parameters, "postalCode"),
				one(parameters, "latitude"), one(parameters, "longitude"), "true".equals(one(parameters, "online")),
				all(parameters, "languages"), one(parameters, "email"), one(parameters, "phone"),
				one(parameters, "website"), descriptions);
	}

	static GroupForm of(GroupInput group) {
		UnitProfile profile = group.profile();
		return new GroupForm(group.name(), text(group.country()), text(group.region()), text(group.city()),
				text(profile.streetAddress()), text(profile.postalCode()), number(group.latitude()),
				number(group.longitude()), group.online(), group.languages(), text(profile.email()),
				text(profile.phone()), text(profile.website()), profile.descriptions());
	}

	/** An area's or organization's profile in the group form's fields (no place). */
	static GroupForm of(UnitView unit, UnitProfile profile) {
		return new GroupForm(unit.name(), text(unit.country()), "", text(unit.city()), text(profile.streetAddress()),
				text(profile.postalCode()), "", "", false, unit.languages(), text(profile.email()),
				text(profile.phone()), text(profile.website()), profile.descriptions());
	}

	String description(String language) {
		return this.descriptions.getOrDefault(language, "");
	}

	boolean speaks(String language) {
		return this.languages.contains(language);
	}

	/** The languages whose description is asked for: the group's, else the page's. */
	List<Language> describedIn(Language fallback) {
		List<Language> chosen = new ArrayList<>(Arrays.stream(Language.values())
			.filter(l -> speaks(l.tag()) || !description(l.tag()).isBlank())
			.toList());
		return chosen.isEmpty() ? List.of(fallback) : chosen;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static String number(@Nullable Double value) {
		return value == null ? "" : value.toString();
	}

}
