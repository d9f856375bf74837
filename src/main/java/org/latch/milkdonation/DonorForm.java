package org.latch.milkdonation;

import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The interest form as sent, every field text until checked ({@link DonorChecks}), so a
 * wrong value is explained next to its field instead of failing to bind. {@code secret}
 * is the private link's secret, made when the form was shown; {@code campaign} the id of
 * the campaign whose page led here, if any.
 */
record DonorForm(@Nullable String secret, @Nullable String campaign, String name, String email, String phone,
		@Nullable String language, String near, @Nullable String baby, Map<ScreeningQuestion, String> answers,
		boolean consent) {

	static DonorForm empty(String secret, @Nullable String campaign, String language) {
		return new DonorForm(secret, campaign, "", "", "", language, "", null, Map.of(), false);
	}

	static DonorForm from(Map<String, String[]> parameters) {
		Map<ScreeningQuestion, String> answers = new EnumMap<>(ScreeningQuestion.class);
		for (ScreeningQuestion question : ScreeningQuestion.values()) {
			String answer = first(parameters, question.field());
			if (answer != null) {
				answers.put(question, answer);
			}
		}
		return new DonorForm(first(parameters, "secret"), blankToNull(first(parameters, "campaign")),
				text(parameters, "name"), text(parameters, "email"), text(parameters, "phone"),
				first(parameters, "language"), text(parameters, "near"), first(parameters, "baby"), answers,
				"true".equals(first(parameters, "consent")));
	}

	boolean answered(ScreeningQuestion question, Answer answer) {
		return answer.name().equals(this.answers.get(question));
	}

	boolean is(BabyAge age) {
		return age.name().equals(this.baby);
	}

	private static @Nullable String first(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return (values == null || values.length == 0) ? null : values[0];
	}

	private static String text(Map<String, String[]> parameters, String name) {
		String value = first(parameters, name);
		return (value == null) ? "" : value;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
