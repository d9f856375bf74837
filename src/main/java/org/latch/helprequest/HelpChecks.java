package org.latch.helprequest;

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
 * Checks the help form field by field, each problem a message key next to its field, and
 * turns a good form into a {@link Submission}: the place located and rounded to about a
 * kilometre, text stripped.
 */
@Component
class HelpChecks {

	static final int MAX_QUESTION = 4000;

	static final int MAX_NAME = 80;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s.]{2,63}");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{6,24}");

	private final GeoManagement geo;

	HelpChecks(GeoManagement geo) {
		this.geo = geo;
	}

	/** The submission, or empty with the form's problems added to {@code errors}. */
	Optional<Submission> check(HelpForm form, FormErrors errors) {
		String name = strip(form.name());
		if (name.isEmpty() || name.length() > MAX_NAME || hasControl(name)) {
			errors.reject("name", "validation.help.name");
		}
		ContactMethod method = (form.contact() == null) ? ContactMethod.IN_APP : form.contact();
		String contact = null;
		if (method == ContactMethod.EMAIL) {
			contact = strip(form.email());
			if (!EMAIL.matcher(contact).matches()) {
				errors.reject("email", "validation.help.contact-email");
			}
		}
		else if (method == ContactMethod.PHONE) {
			contact = strip(form.phone());
			if (!PHONE.matcher(contact).matches() || contact.chars().filter(Character::isDigit).count() < 6) {
				errors.reject("phone", "validation.help.contact-phone");
			}
		}
		Optional<Language> language = Language.match(form.language());
		if (language.isEmpty()) {
			errors.reject("language", "validation.invalid");
		}
		String near = strip(form.near());
		GeoPoint point = null;
		if (!near.isEmpty()) {
			point = (near.length() > 200) ? null : this.geo.locate(near).orElse(null);
			if (point == null) {
				errors.reject("near", "validation.help.near");
			}
		}
		if (form.baby() == null) {
			errors.reject("baby", "validation.invalid");
		}
		Set<Topic> topics = present(form.topics());
		if (topics.isEmpty()) {
			errors.reject("topics", "validation.help.topics");
		}
		String question = strip(form.question()).replace("\u0000", "");
		if (question.isEmpty() || question.length() > MAX_QUESTION) {
			errors.reject("question", "validation.help.question");
		}
		if (!form.consent()) {
			errors.reject("consent", "validation.help.consent");
		}
		if (errors.any() || form.secret() == null || form.baby() == null || language.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Submission(form.secret(), name, method, contact, language.get().tag(),
				(point == null) ? null : round(point.latitude()), (point == null) ? null : round(point.longitude()),
				form.baby(), topics, present(form.signs()), question));
	}

	/** A family's own message in the conversation: the stripped text, or empty. */
	static Optional<String> message(@Nullable String body) {
		String text = strip(body).replace("\u0000", "");
		return (text.isEmpty() || text.length() > MAX_QUESTION) ? Optional.empty() : Optional.of(text);
	}

	/** The values chosen; an empty choice binds as null, which is none. */
	private static <T> Set<T> present(@Nullable Set<@Nullable T> chosen) {
		return (chosen == null) ? Set.of()
				: chosen.stream()
					.filter(java.util.Objects::nonNull)
					.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	private static double round(double degrees) {
		return Math.round(degrees * 100) / 100.0;
	}

	private static String strip(@Nullable String value) {
		return (value == null) ? "" : value.strip();
	}

	private static boolean hasControl(String text) {
		return text.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL);
	}

}
