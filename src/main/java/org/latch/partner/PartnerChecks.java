package org.latch.partner;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.latch.platform.FormErrors;
import org.latch.platform.Language;

/**
 * Checks each step of the Partner Profile field by field, each problem a message key next
 * to its field, and turns a good step into the details to save. A step with any problem
 * saves nothing.
 */
final class PartnerChecks {

	static final int MAX_NAME = 200;

	static final int MAX_LINE = 100;

	static final int MAX_TEXT = 2000;

	static final int MAX_COUNT = 10_000_000;

	static final int MAX_IBCLCS = 50;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s.]{2,63}");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{6,24}");

	private static final Pattern COUNT = Pattern.compile("[0-9]{1,8}");

	private static final Pattern REGISTRATION = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ./#-]{0,59}");

	/**
	 * IBLCE certification numbers are digits; Latch accepts 5 to 9 of them, ignoring
	 * spaces and hyphens as people write them. IBLCE's public registry is the place to
	 * verify a number: reviewers do.
	 */
	private static final Pattern IBLCE = Pattern.compile("[0-9]{5,9}");

	private PartnerChecks() {
	}

	static Optional<OrganizationDetails> organization(OrganizationForm form, FormErrors errors) {
		String legalName = line(form.legalName());
		if (legalName.isEmpty() || legalName.length() > MAX_NAME || unsafe(legalName)) {
			errors.reject("legalName", "validation.partner.legal-name");
		}
		String country = line(form.country()).toUpperCase(Locale.ROOT);
		if (!Countries.CODES.contains(country)) {
			errors.reject("country", "validation.partner.country");
		}
		String region = line(form.region());
		if (region.isEmpty() || region.length() > MAX_LINE || unsafe(region)) {
			errors.reject("region", "validation.partner.region");
		}
		PartnerLevel level = level(form.level());
		if (level == null) {
			errors.reject("level", "validation.partner.level");
		}
		List<String> languages = languages(form.languages());
		if (languages.isEmpty()) {
			errors.reject("languages", "validation.languages");
		}
		String website = website(form.website());
		if (website == null) {
			errors.reject("website", "validation.partner.website");
		}
		String mission = text(form.mission());
		if (mission.isEmpty() || mission.length() > MAX_TEXT) {
			errors.reject("mission", "validation.partner.mission");
		}
		if (errors.any() || level == null || website == null) {
			return Optional.empty();
		}
		return Optional.of(new OrganizationDetails(legalName, country, region, level, languages,
				website.isEmpty() ? null : website, mission));
	}

	/** The registration number, or empty with its problem added to {@code errors}. */
	static Optional<String> registration(@Nullable String value, FormErrors errors) {
		String number = line(value);
		if (!REGISTRATION.matcher(number).matches()) {
			errors.reject("registrationNumber", "validation.partner.registration");
			return Optional.empty();
		}
		return Optional.of(number);
	}

	static Optional<PeopleDetails> people(PeopleForm form, FormErrors errors) {
		Integer members = count(form.members());
		if (members == null) {
			errors.reject("members", "validation.partner.count");
		}
		Integer employees = count(form.employees());
		if (employees == null) {
			errors.reject("employees", "validation.partner.count");
		}
		List<Ibclc> ibclcs = ibclcs(form, errors);
		String contactName = line(form.contactName());
		if (contactName.isEmpty() || contactName.length() > MAX_LINE || unsafe(contactName)) {
			errors.reject("contactName", "validation.partner.contact-name");
		}
		String contactEmail = line(form.contactEmail());
		if (!email(contactEmail)) {
			errors.reject("contactEmail", "validation.email");
		}
		String contactPhone = line(form.contactPhone());
		if (!contactPhone.isEmpty() && !PHONE.matcher(contactPhone).matches()) {
			errors.reject("contactPhone", "validation.phone");
		}
		if (errors.any() || members == null || employees == null) {
			return Optional.empty();
		}
		return Optional.of(new PeopleDetails(members, employees, ibclcs, contactName, contactEmail,
				contactPhone.isEmpty() ? null : contactPhone));
	}

	/**
	 * Whether the text looks like an email address (the mail server has the last word).
	 */
	static boolean email(String text) {
		return EMAIL.matcher(text).matches();
	}

	/** An IBLCE number as stored (digits only), or empty when it is not one. */
	static Optional<String> iblceNumber(@Nullable String value) {
		String digits = line(value).replace(" ", "").replace("-", "");
		return IBLCE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
	}

	private static List<Ibclc> ibclcs(PeopleForm form, FormErrors errors) {
		int rows = Math.max(PeopleForm.size(form.ibclcName()), PeopleForm.size(form.ibclcNumber()));
		List<Ibclc> ibclcs = new ArrayList<>();
		Set<String> numbers = new HashSet<>();
		for (int row = 0; row < rows; row++) {
			String name = line(PeopleForm.at(form.ibclcName(), row));
			String raw = line(PeopleForm.at(form.ibclcNumber(), row));
			if (name.isEmpty() && raw.isEmpty()) {
				continue;
			}
			if (name.isEmpty() || name.length() > MAX_LINE || unsafe(name)) {
				errors.reject("ibclcName-" + row, "validation.partner.ibclc-name");
			}
			Optional<String> number = iblceNumber(raw);
			if (number.isEmpty()) {
				errors.reject("ibclcNumber-" + row, "validation.partner.iblce");
			}
			else if (!numbers.add(number.get())) {
				errors.reject("ibclcNumber-" + row, "validation.partner.iblce-twice");
			}
			else {
				ibclcs.add(new Ibclc(name, number.get()));
			}
		}
		if (ibclcs.size() > MAX_IBCLCS) {
			errors.reject("ibclcName-0", "validation.partner.ibclc-many");
		}
		return ibclcs;
	}

	private static @Nullable Integer count(@Nullable String value) {
		String text = line(value);
		if (!COUNT.matcher(text).matches()) {
			return null;
		}
		int count = Integer.parseInt(text);
		return (count > MAX_COUNT) ? null : count;
	}

	private static @Nullable PartnerLevel level(@Nullable String value) {
		for (PartnerLevel level : PartnerLevel.values()) {
			if (level.name().equals(value)) {
				return level;
			}
		}
		return null;
	}

	private static List<String> languages(@Nullable List<String> chosen) {
		if (chosen == null) {
			return List.of();
		}
		List<String> tags = new ArrayList<>();
		for (Language language : Language.all()) {
			if (chosen.contains(language.tag())) {
				tags.add(language.tag());
			}
		}
		boolean unknown = chosen.stream()
			.anyMatch(tag -> tag != null && !tag.isEmpty()
					&& Language.all().stream().noneMatch(l -> l.tag().equals(tag)));
		return unknown ? List.of() : tags;
	}

	/**
	 * The address as saved, "" when none was given, or null when it is not a web address.
	 */
	static @Nullable String website(@Nullable String value) {
		String text = line(value);
		if (text.isEmpty()) {
			return "";
		}
		String address = text.contains("://") ? text : "https://" + text;
		if (address.length() > 300 || unsafe(address) || address.contains(" ")) {
			return null;
		}
		try {
			URI uri = new URI(address);
			boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
			return (web && uri.getHost() != null && uri.getHost().contains(".")) ? address : null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	static String line(@Nullable String value) {
		return (value == null) ? "" : value.strip();
	}

	static String text(@Nullable String value) {
		return (value == null) ? "" : value.strip().replace("\u0000", "");
	}

	/**
	 * Control characters and the bidirectional overrides that make a name read
	 * differently from what it is.
	 */
	static boolean unsafe(String text) {
		return text.chars()
			.anyMatch(c -> Character.getType(c) == Character.CONTROL || (c >= 0x202A && c <= 0x202E)
					|| (c >= 0x2066 && c <= 0x2069));
	}

}
