package org.latch.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message of every bundle, in every language, with text, small and large numbers
 * and too few arguments, reads exactly as Spring's own message source writes it: the
 * patterns filled without {@code MessageFormat} must not differ from it by one character.
 */
class PatternMessageSourceTests {

	private static final List<Locale> LANGUAGES = Language.all().stream().map(Language::locale).toList();

	private static final List<Object[]> ARGUMENTS = List.of(new Object[0],
			new Object[] { "Ana <b>", "3,5 km", "l'eau", "{9}", "z" }, new Object[] { 7, 0, 999, 12, 1 },
			new Object[] { 1000, 12345L, -1, 2.5, 3 }, new Object[] { "one" }, new Object[] { 42L, "two", (short) 3 });

	private final Properties application = load("application.properties");

	private final MessageSource latch = new MessageConfig().messageSource(environment());

	private final ResourceBundleMessageSource spring = spring();

	@Test
	void everyMessageReadsAsSpringWritesIt() {
		List<String> keys = keys();
		assertThat(keys).hasSizeGreaterThan(500);
		int compared = 0;
		for (Locale locale : LANGUAGES) {
			for (String key : keys) {
				for (Object[] args : ARGUMENTS) {
					assertThat(outcome(this.latch, key, args, locale))
						.as("%s in %s with %s", key, locale, List.of(args))
						.isEqualTo(outcome(this.spring, key, args, locale));
					compared++;
				}
			}
		}
		assertThat(compared).isEqualTo(LANGUAGES.size() * keys.size() * ARGUMENTS.size());
	}

	@Test
	void mostMessagesWithPlacesAreFilledWithoutMessageFormat() {
		List<String> keys = keys();
		Object[] text = { "a", "b", "c", "d", "e" };
		long withPlaces = keys.stream().filter(key -> english(key).contains("{")).count();
		long filled = keys.stream()
			.filter(key -> english(key).contains("{"))
			.filter(key -> MessagePattern.parse(english(key)).format(text) != null)
			.count();
		assertThat(withPlaces).isGreaterThan(50);
		assertThat(filled).isGreaterThan(withPlaces * 3 / 4);
		assertThat(MessagePattern.parse("{0} miles away").format(new Object[] { "1.5" })).isEqualTo("1.5 miles away");
		assertThat(MessagePattern.parse("{0,choice,0#none|1#one}").format(new Object[] { 1 })).isNull();
		assertThat(MessagePattern.parse("l''eau {0}").format(new Object[] { "x" })).isEqualTo("l'eau x");
		assertThat(MessagePattern.parse("'{0}' {0}").format(new Object[] { "x" })).isNull();
	}

	@Test
	void aMissingMessageIsStillReportedAsSpringReportsIt() {
		assertThat(this.latch.getMessage("no.such.key", null, "fallback", Locale.ENGLISH)).isEqualTo("fallback");
		assertThat(this.latch.getMessage("no.such.key", new Object[] { "x" }, "fallback {0}", Locale.FRENCH))
			.isEqualTo("fallback x");
	}

	/** The message, or the failure (a choice pattern given text fails in both). */
	private static String outcome(MessageSource messages, String key, Object[] args, Locale locale) {
		try {
			return messages.getMessage(key, args, locale);
		}
		catch (IllegalArgumentException failure) {
			return "failed: " + failure.getMessage();
		}
	}

	private String english(String key) {
		return this.spring.getMessage(key, null, Locale.ENGLISH);
	}

	private List<String> keys() {
		List<String> keys = new ArrayList<>();
		for (String bundle : basenames()) {
			load(bundle + ".properties").stringPropertyNames().forEach(keys::add);
		}
		return keys;
	}

	private String[] basenames() {
		return this.application.getProperty("spring.messages.basename").split("\\s*,\\s*");
	}

	private StandardEnvironment environment() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new PropertiesPropertySource("application", this.application));
		return environment;
	}

	private ResourceBundleMessageSource spring() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(basenames());
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = PatternMessageSourceTests.class.getClassLoader().getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		return properties;
	}

}
