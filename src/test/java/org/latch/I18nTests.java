package org.latch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page is offered in five languages: each bundle has every key, nothing is an
 * untranslated English copy, placeholders survive translation, and templates contain no
 * literal text.
 */
class I18nTests {

	/**
	 * The bundles the application reads ({@code spring.messages.basename}), as source
	 * paths.
	 */
	static final List<String> BUNDLES = bundles();

	static final List<String> LANGUAGES = List.of("es", "pt_BR", "fr", "ht");

	/** Words that are the same in every language. */
	static final Set<String> SAME_EVERYWHERE = Set.of("app.name");

	/** Words that are the same in English and one other language ("No" in Spanish). */
	static final java.util.Map<String, Set<String>> SAME_IN = java.util.Map.of("es", Set.of("milk.answer.NO"));

	static final Path TEMPLATES = Path.of("src/main/jte");

	@ParameterizedTest
	@ValueSource(strings = { "es", "pt_BR", "fr", "ht" })
	void everyLanguageHasEveryKeyTranslated(String language) throws IOException {
		for (String bundle : BUNDLES) {
			Properties english = load(Path.of(bundle + ".properties"));
			Properties translated = load(Path.of(bundle + "_" + language + ".properties"));
			assertThat(translated.stringPropertyNames()).as(bundle + " " + language)
				.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
			for (String key : english.stringPropertyNames()) {
				String value = translated.getProperty(key);
				assertThat(value).as(key + " in " + language).isNotBlank();
				if (!SAME_EVERYWHERE.contains(key) && !SAME_IN.getOrDefault(language, Set.of()).contains(key)) {
					assertThat(value).as("%s in %s is an English copy", key, language)
						.isNotEqualTo(english.getProperty(key));
				}
				assertThat(placeholders(value)).as("placeholders of %s in %s", key, language)
					.isEqualTo(placeholders(english.getProperty(key)));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "_es", "_pt_BR", "_fr", "_ht" })
	void messagesWithPlaceholdersFormatWithoutLosingApostrophes(String suffix) throws IOException {
		for (String bundle : BUNDLES) {
			Properties messages = load(Path.of(bundle + suffix + ".properties"));
			for (String key : messages.stringPropertyNames()) {
				String value = messages.getProperty(key);
				if (!placeholders(value).isEmpty()) {
					String formatted = new MessageFormat(value, Locale.ROOT).format(new Object[] { "A", "B", "C" });
					assertThat(formatted).as("%s%s formats to", key, suffix).doesNotContain("{");
					assertThat(count(formatted, '\''))
						.as("apostrophes in %s%s (write '' in messages with {0})", key, suffix)
						.isEqualTo(count(value.replace("''", "'"), '\''));
				}
			}
		}
	}

	@Test
	void everyMessageFileBelongsToABundleTheApplicationReads() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/i18n"))) {
			assertThat(files.filter(f -> f.toString().endsWith(".properties")))
				.allSatisfy(file -> assertThat(BUNDLES).anySatisfy(bundle -> assertThat(file.toString())
					.matches(Pattern.quote(bundle) + "(_[a-zA-Z_]+)?\\.properties")));
		}
	}

	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		Set<String> seen = new TreeSet<>();
		for (String bundle : BUNDLES) {
			for (String key : load(Path.of(bundle + ".properties")).stringPropertyNames()) {
				assertThat(seen.add(key)).as("%s is defined twice", key).isTrue();
			}
		}
	}

	@Test
	void everyKeyUsedInTemplatesExists() throws IOException {
		Properties english = new Properties();
		for (String bundle : BUNDLES) {
			english.putAll(load(Path.of(bundle + ".properties")));
		}
		Pattern literalKey = Pattern.compile("\\.t\\(\"([a-z0-9.-]+)\"\\s*[,)]");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = literalKey.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!english.containsKey(matcher.group(1))) {
					missing.add(template + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesContainNoLiteralUserFacingText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			String text = Files.readString(template)
				.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<script.*?</script>", "")
				.replaceAll("(?m)^\\s*@(import|param).*$", "")
				.replaceAll("(?s)!\\{.*?}", "");
			String visible = stripBalanced(stripBalanced(text, "${", '{', '}'), "@", '(', ')')
				.replaceAll("(?s)<[^>]*>", " ")
				.replaceAll("@(else|endif|endfor)", " ")
				.replaceAll("&[a-z]+;", " ");
			for (String word : visible.split("[\\s·()|,:`]+")) {
				if (word.chars().anyMatch(Character::isLetter)) {
					literals.add(template + ": " + word);
				}
			}
			Matcher attributes = Pattern.compile("(aria-label|title|alt|placeholder)=\"([^\"$]*)\"").matcher(text);
			while (attributes.find()) {
				literals.add(template + ": " + attributes.group());
			}
		}
		assertThat(literals).as("literal text in templates: use page.t(\"key\")").isEmpty();
	}

	/**
	 * Removes code: from each {@code start} marker to its balanced closing bracket, e.g.
	 * every {@code ${...}} expression, or every {@code @if(...)}, {@code @for(...)} and
	 * {@code @template.x(...)} head.
	 */
	private static String stripBalanced(String text, String start, char open, char close) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			int at = text.indexOf(start, i);
			if (at < 0) {
				out.append(text.substring(i));
				break;
			}
			int nameStart = at + start.length();
			int bracket = start.charAt(start.length() - 1) == open ? nameStart - 1 : text.indexOf(open, nameStart);
			boolean directive = bracket > 0
					&& text.substring(nameStart, Math.max(bracket, nameStart)).matches("[\\w.-]*");
			if (!directive) {
				out.append(text, i, at + start.length());
				i = at + start.length();
				continue;
			}
			out.append(text, i, at).append(' ');
			int depth = 0;
			int j = bracket;
			for (; j < text.length(); j++) {
				char c = text.charAt(j);
				if (c == '`') {
					break;
				}
				if (c == open) {
					depth++;
				}
				else if (c == close && --depth == 0) {
					break;
				}
			}
			i = j + 1;
		}
		return out.toString();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(f -> f.toString().endsWith(".jte")).sorted().toList();
		}
	}

	private static Set<String> placeholders(String value) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = Pattern.compile("\\{\\d+}").matcher(value);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

	private static long count(String text, char c) {
		return text.chars().filter(ch -> ch == c).count();
	}

	private static List<String> bundles() {
		try {
			String basenames = load(Path.of("src/main/resources/application.properties"))
				.getProperty("spring.messages.basename");
			return Stream.of(basenames.split(",")).map(name -> "src/main/resources/" + name.trim()).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
