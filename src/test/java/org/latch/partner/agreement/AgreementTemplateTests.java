package org.latch.partner.agreement;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agreement names the template version it was issued with, so the words of a version
 * never change: these are the fingerprints of each version's words in every language.
 * Changed words need a new {@link AgreementTemplate#VERSION} and a new line here.
 */
class AgreementTemplateTests {

	static final Map<String, String> WORDS = Map.of("2026-1",
			"5b42acbffcf2fd37397b280991bd85dc37f4b610f2b557d952ddc5bffb3b5af5");

	@Test
	void theWordsOfTheCurrentVersionAreTheWordsItWasGivenWith() throws IOException {
		assertThat(fingerprint())
			.as("the words of template %s in every language changed: give them a new version",
					AgreementTemplate.VERSION)
			.isEqualTo(WORDS.get(AgreementTemplate.VERSION));
	}

	/** Every key and value the document and its record page print, in every language. */
	static String fingerprint() throws IOException {
		StringBuilder words = new StringBuilder();
		for (String suffix : List.of("", "_es", "_pt_BR", "_fr", "_ht")) {
			Properties bundle = new Properties();
			try (Reader reader = Files.newBufferedReader(
					Path.of("src/main/resources/i18n/partner/agreement" + suffix + ".properties"),
					StandardCharsets.UTF_8)) {
				bundle.load(reader);
			}
			Map<String, String> printed = new TreeMap<>();
			bundle.stringPropertyNames()
				.stream()
				.filter(key -> key.startsWith("agreement.doc.") || key.startsWith("agreement.record."))
				.forEach(key -> printed.put(key, bundle.getProperty(key)));
			printed.forEach((key, value) -> words.append(suffix).append(key).append('=').append(value).append('\n'));
		}
		return AgreementDocument.sha256(words.toString().getBytes(StandardCharsets.UTF_8));
	}

}
