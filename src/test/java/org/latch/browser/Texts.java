package org.latch.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * What a visitor reads in one language, from the application's message bundles (falling
 * back to English for a missing key, as the application does), formatted the way Spring
 * formats them.
 */
final class Texts {

	static final List<String> LANGUAGES = List.of("en", "es", "pt-BR", "fr", "ht");

	private final Locale locale;

	private final Properties messages = new Properties();

	/** The bundles the application reads ({@code spring.messages.basename}). */
	private static final List<String> BUNDLES = bundles();

	private Texts(String languageTag) {
		this.locale = Locale.forLanguageTag(languageTag);
		String suffix = languageTag.equals("en") ? "" : "_" + languageTag.replace('-', '_');
		for (String bundle : BUNDLES) {
			load(bundle + ".properties");
			if (!suffix.isEmpty()) {
				load(bundle + suffix + ".properties");
			}
		}
	}

	static Texts of(String languageTag) {
		return new Texts(languageTag);
	}

	String t(String key, Object... args) {
		String pattern = this.messages.getProperty(key);
		if (pattern == null) {
			throw new IllegalArgumentException("No message " + key);
		}
		return args.length == 0 ? pattern : new MessageFormat(pattern, this.locale).format(args);
	}

	private static List<String> bundles() {
		Properties application = new Properties();
		try (InputStream in = Texts.class.getClassLoader().getResourceAsStream("application.properties")) {
			application.load(in);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		return List.of(application.getProperty("spring.messages.basename").split("\\s*,\\s*"));
	}

	private void load(String resource) {
		try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing bundle " + resource);
			}
			this.messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

}
