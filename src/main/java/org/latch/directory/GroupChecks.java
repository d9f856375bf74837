package org.latch.directory;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.latch.geo.GeoManagement;
import org.latch.geo.GeoPoint;
import org.latch.platform.FormErrors;
import org.latch.platform.Language;

/**
 * Checks every field of a group form or CSV row against what the columns hold, naming a
 * message key per field; looks up coordinates from the postal code or town when none are
 * given.
 */
@Component
class GroupChecks {

	/** A check's outcome: errors by field, or the input to save when there are none. */
	record Checked(FormErrors errors, @Nullable GroupInput input) {
	}

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Pattern REGION = Pattern.compile("[A-Za-z0-9-]+");

	private static final Pattern POSTAL_CODE = Pattern.compile("[A-Za-z0-9 -]+");

	private static final Pattern PHONE = Pattern.compile("[0-9+()./ -]+");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

	private static final Pattern CONTROL_BUT_LINES = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

	private final GeoManagement geo;

	GroupChecks(GeoManagement geo) {
		this.geo = geo;
	}

	Checked check(GroupForm form) {
		FormErrors errors = FormErrors.none();
		String name = line(errors, "name", form.name(), 200, true);
		// online groups may belong to no country (the demo's online circles do)
		String country = line(errors, "country", form.country(), 2, !form.online());
		if (country != null && !COUNTRIES.contains(country.toUpperCase(Locale.ROOT))) {
			errors.reject("country", "manage.validation.country");
		}
		String region = matching(errors, "region", line(errors, "region", form.region(), 10, false), REGION);
		String city = line(errors, "city", form.city(), 120, !form.online());
		String street = line(errors, "streetAddress", form.streetAddress(), 200, false);
		String postalCode = matching(errors, "postalCode", line(errors, "postalCode", form.postalCode(), 20, false),
				POSTAL_CODE);
		List<String> languages = languages(errors, form.languages());
		UnitProfile profile = profile(errors, form, street, postalCode, languages);
		GeoPoint point = coordinates(errors, form.latitude(), form.longitude());
		if (errors.any()) {
			return new Checked(errors, null);
		}
		if (point == null && !form.online()) {
			point = locate(postalCode, city, region, country).orElse(null);
			if (point == null) {
				return new Checked(errors.reject("city", "manage.validation.place"), null);
			}
		}
		return new Checked(errors, new GroupInput(name, country == null ? null : country.toUpperCase(Locale.ROOT),
				region == null ? null : region.toUpperCase(Locale.ROOT), city, point == null ? null : point.latitude(),
				point == null ? null : point.longitude(), form.online(), languages, profile));
	}

	/** An area's or organization's public profile: contacts and descriptions. */
	ProfileChecked checkProfile(GroupForm form) {
		FormErrors errors = FormErrors.none();
		String street = line(errors, "streetAddress", form.streetAddress(), 200, false);
		String postalCode = matching(errors, "postalCode", line(errors, "postalCode", form.postalCode(), 20, false),
				POSTAL_CODE);
		UnitProfile profile = profile(errors, form, street, postalCode,
				Language.all().stream().map(Language::tag).toList());
		return new ProfileChecked(errors, errors.any() ? null : profile);
	}

	/** A profile check's outcome: errors by field, or the profile to save. */
	record ProfileChecked(FormErrors errors, @Nullable UnitProfile profile) {
	}

	/** Contacts and the descriptions in the given languages (others are dropped). */
	private static UnitProfile profile(FormErrors errors, GroupForm form, @Nullable String street,
			@Nullable String postalCode, List<String> languages) {
		String email = matching(errors, "email", line(errors, "email", form.email(), 254, false), EMAIL);
		String phone = matching(errors, "phone", line(errors, "phone", form.phone(), 40, false), PHONE);
		String website = website(errors, line(errors, "website", form.website(), 300, false));
		Map<String, String> descriptions = new LinkedHashMap<>();
		for (Language each : Language.all()) {
			String language = each.tag();
			String text = form.description(language).strip();
			if (text.length() > 2000) {
				errors.reject(GroupForm.DESCRIPTION + language, "manage.validation.max.2000");
			}
			else if (CONTROL_BUT_LINES.matcher(text).find()) {
				errors.reject(GroupForm.DESCRIPTION + language, "manage.validation.characters");
			}
			else if (!text.isEmpty() && languages.contains(language)) {
				descriptions.put(language, text);
			}
		}
		return new UnitProfile(street, postalCode, email, phone, website, descriptions);
	}

	private Optional<GeoPoint> locate(@Nullable String postalCode, @Nullable String city, @Nullable String region,
			String country) {
		Optional<GeoPoint> found = Optional.empty();
		if (postalCode != null && country.equalsIgnoreCase("US")) {
			found = this.geo.locate(postalCode);
		}
		if (found.isEmpty() && city != null && region != null) {
			found = this.geo.locate(city + ", " + region);
		}
		return found.isEmpty() && city != null ? this.geo.locate(city) : found;
	}

	/** The stripped value, or null when empty (rejected when required). */
	static @Nullable String line(FormErrors errors, String field, String value, int max, boolean required) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			if (required) {
				errors.reject(field, "validation.required");
			}
			return null;
		}
		if (text.length() > max) {
			errors.reject(field, "manage.validation.max." + max);
			return null;
		}
		if (CONTROL.matcher(text).find()) {
			errors.reject(field, "manage.validation.characters");
			return null;
		}
		return text;
	}

	static @Nullable String matching(FormErrors errors, String field, @Nullable String value, Pattern pattern) {
		if (value != null && !pattern.matcher(value).matches()) {
			errors.reject(field, "manage.validation." + field);
			return null;
		}
		return value;
	}

	private static @Nullable String website(FormErrors errors, @Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			URI uri = new URI(value);
			if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null) {
				return value;
			}
		}
		catch (URISyntaxException invalid) {
			// explained below
		}
		errors.reject("website", "manage.validation.website");
		return null;
	}

	private static List<String> languages(FormErrors errors, List<String> tags) {
		List<String> known = Language.all().stream().map(Language::tag).filter(tags::contains).toList();
		if (known.isEmpty() || known.size() != tags.stream().distinct().count()) {
			errors.reject("languages", "validation.meeting.language");
		}
		return known;
	}

	/**
	 * Both coordinates, or none; a wrong one is named so the form and report point at it.
	 */
	private static @Nullable GeoPoint coordinates(FormErrors errors, String latitude, String longitude) {
		if (latitude.isBlank() && longitude.isBlank()) {
			return null;
		}
		Double lat = degrees(latitude, 90);
		Double lon = degrees(longitude, 180);
		if (lat == null) {
			errors.reject("latitude", "manage.validation.coordinates");
		}
		if (lon == null) {
			errors.reject("longitude", "manage.validation.coordinates");
		}
		return lat == null || lon == null ? null : new GeoPoint(lat, lon);
	}

	private static @Nullable Double degrees(String text, double limit) {
		try {
			double value = Double.parseDouble(text.strip());
			return Math.abs(value) <= limit ? value : null;
		}
		catch (NumberFormatException invalid) {
			return null;
		}
	}

}
