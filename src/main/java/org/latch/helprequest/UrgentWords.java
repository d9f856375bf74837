package org.latch.helprequest;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words in a question that can mean a medical emergency, in the five languages, compared
 * without case or accents and as whole words: a family that ticks no warning sign but
 * writes "fever" or "fiebre" still sees whom to call.
 */
final class UrgentWords {

	private static final List<String> WORDS = List.of(
			// English
			"fever", "not feeding", "won't feed", "will not feed", "no wet diapers", "dehydrated", "dehydration",
			"jaundice", "blood", "not breathing", "unresponsive", "lethargic", "seizure",
			// Spanish
			"fiebre", "no come", "no quiere comer", "deshidratado", "deshidratada", "deshidratacion", "ictericia",
			"sangre", "no respira", "convulsion",
			// Portuguese
			"febre", "nao mama", "nao quer mamar", "desidratado", "desidratada", "desidratacao", "ictericia", "sangue",
			"nao respira", "convulsao",
			// French
			"fievre", "ne tete pas", "ne tete plus", "deshydrate", "deshydratee", "deshydratation", "jaunisse",
			"ictere", "sang", "ne respire pas", "convulsion",
			// Haitian Creole
			"lafyev", "pa vle tete", "pa tete", "dezidrate", "lajonis", "pa respire", "kriz");

	private static final Pattern URGENT = Pattern
		.compile("\\b(" + String.join("|", WORDS.stream().map(Pattern::quote).toList()) + ")\\b");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private UrgentWords() {
	}

	static boolean in(String text) {
		String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
			.replaceAll("")
			.toLowerCase(Locale.ROOT)
			.replace('\u2019', '\'');
		return URGENT.matcher(folded).find();
	}

}
