package org.latch.partner.agreement;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The agreement's words, as message keys of {@code i18n/partner/agreement} in every
 * language. Its version is printed on every agreement and kept with it: whoever changes
 * these words gives them a new version ({@code AgreementTemplateTests} holds the words of
 * each version by their fingerprint), so an agreement always names the text it was issued
 * with.
 */
final class AgreementTemplate {

	static final String VERSION = "2026-1";

	/** The numbered sections after the partner's details. */
	static final List<Section> SECTIONS = List.of(section("purpose", 0), section("benefits", 7),
			section("obligations", 6), section("code", 0), section("term", 0), section("ending", 0),
			section("signatures", 0));

	/** The rows of the partner's details, by the key of their label. */
	static final List<String> DETAILS = List.of("legal-name", "country", "region", "level", "registration", "languages",
			"signatory", "code", "number", "template", "issued");

	private AgreementTemplate() {
	}

	/**
	 * A section: its title, a paragraph, and the items of a list when it has one.
	 */
	record Section(String title, String text, List<String> items) {
	}

	private static Section section(String name, int items) {
		String prefix = "agreement.doc." + name;
		return new Section(prefix + ".title", prefix + ".text",
				IntStream.rangeClosed(1, items).mapToObj(i -> prefix + "." + i).toList());
	}

}
