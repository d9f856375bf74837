package org.latch.milkdonation;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.latch.geo.GeoManagement;
import org.latch.geo.GeoPoint;
import org.latch.platform.FormErrors;
import org.latch.platform.Language;

/**
 * Checks the interest form field by field, each problem a message key next to its field,
 * and turns a good form into an {@link Interest}.
 */
@Component
class DonorChecks {

	static final int MAX_NAME = 80;

	static final int MAX_PLACE = 200;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s.]{2,63}");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{6,24}");

	private final GeoManagement geo;

	DonorChecks(GeoManagement geo) {
		this.geo = geo;
	}

	/**
	 * The interest, or empty with the form's problems added to {@code errors}. The hidden
	 * fields (secret, campaign) are checked before, by the controller.
	 */
	Optional<Interest> check(DonorForm form, FormErrors errors) {
		String name = form.name().strip();
		if (name.isEmpty() || name.length() > MAX_NAME || hasControl(name)) {
			errors.reject("name", "validation.milk.name");
		}
		String email = form.email().strip();
		String phone = form.phone().strip();
		if (email.isEmpty() && phone.isEmpty()) {
			errors.reject("email", "validation.milk.contact");
		}
		if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
			errors.reject("email", "validation.milk.email");
		}
		if (!phone.isEmpty()
				&& (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 6)) {
			errors.reject("phone", "validation.milk.phone");
		}
		Optional<Language> language = Language.match(form.language());
		if (language.isEmpty()) {
			errors.reject("language", "validation.invalid");
		}
		String place = form.near().strip();
		GeoPoint point = (place.isEmpty() || place.length() > MAX_PLACE || hasControl(place)) ? null
				: this.geo.locate(place).orElse(null);
		if (point == null) {
			errors.reject("near", "validation.milk.near");
		}
		BabyAge baby = choice(BabyAge.class, form.baby());
		if (baby == null) {
			errors.reject("baby", "validation.milk.baby");
		}
		Map<ScreeningQuestion, Answer> answers = new EnumMap<>(ScreeningQuestion.class);
		for (ScreeningQuestion question : ScreeningQuestion.values()) {
			Answer answer = choice(Answer.class, form.answers().get(question));
			if (answer == null) {
				errors.reject(question.field(), "validation.milk.answer");
			}
			else {
				answers.put(question, answer);
			}
		}
		if (!form.consent()) {
			errors.reject("consent", "validation.milk.consent");
		}
		if (errors.any() || form.secret() == null || language.isEmpty() || point == null || baby == null) {
			return Optional.empty();
		}
		return Optional
			.of(new Interest(form.secret(), (form.campaign() == null) ? null : UUID.fromString(form.campaign()), name,
					email.isEmpty() ? null : email, phone.isEmpty() ? null : phone, language.get().tag(), place, point,
					baby, new Screening(answers)));
	}

	/** Whether a campaign id carried by the form is absent or a UUID. */
	static boolean isCampaign(@Nullable String campaign) {
		return campaign == null || campaign.matches("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
	}

	/** The constant a form sent, by its name; null for anything else. */
	static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String value) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		return null;
	}

	static boolean hasControl(String text) {
		return text.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL);
	}

}
