package org.latch.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The languages every Latch page is offered in, with their names written in themselves.
 */
public enum Language {

	ENGLISH("en", "English"), SPANISH("es", "Español"), PORTUGUESE_BRAZIL("pt-BR", "Português (Brasil)"),
	FRENCH("fr", "Français"), HAITIAN_CREOLE("ht", "Kreyòl ayisyen");

	private final String tag;

	private final String nativeName;

	private final Locale locale;

	Language(String tag, String nativeName) {
		this.tag = tag;
		this.nativeName = nativeName;
		this.locale = Locale.forLanguageTag(tag);
	}

	public String tag() {
		return this.tag;
	}

	public String nativeName() {
		return this.nativeName;
	}

	public Locale locale() {
		return this.locale;
	}

	/**
	 * The best supported language for a tag such as {@code pt}, {@code es-MX} or
	 * {@code fr-CA}.
	 */
	/** The language's own name for a tag Latch knows, else the tag itself. */
	public static String nativeNameOf(String tag) {
		return match(tag).map(Language::nativeName).orElse(tag);
	}

	/** Own names of the tags, in order, comma-separated: "English, Kreyòl ayisyen". */
	public static String nativeNamesOf(List<String> tags) {
		return String.join(", ", tags.stream().map(Language::nativeNameOf).toList());
	}

	public static Optional<Language> match(@Nullable String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		for (Language language : values()) {
			if (language.tag.equals(tag)) {
				return Optional.of(language);
			}
		}
		Locale wanted = Locale.forLanguageTag(tag.trim().replace('_', '-'));
		return Arrays.stream(values())
			.filter(l -> l.locale().equals(wanted))
			.findFirst()
			.or(() -> Arrays.stream(values())
				.filter(l -> l.locale().getLanguage().equals(wanted.getLanguage()))
				.findFirst());
	}

	/** The best supported language for a {@link Locale}, English when none fits. */
	public static Language of(Locale locale) {
		return match(locale.toLanguageTag()).orElse(ENGLISH);
	}

	public static List<Language> all() {
		return List.of(values());
	}

}
