package org.latch.partner.agreement;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import org.springframework.context.support.ResourceBundleMessageSource;

import org.latch.partner.PartnerLevel;
import org.latch.platform.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agreements as PDF, without Spring: the same content makes the same bytes, the text
 * names the organization in English and in the signatory's language, and the signed copy
 * keeps the issued pages and adds the record of both signatures with the signed hash.
 */
class AgreementPdfTests {

	static final Instant ISSUED = Instant.parse("2026-03-02T09:30:00Z");

	final AgreementPdf pdf = new AgreementPdf(messages());

	@Test
	void theSameContentMakesTheSameBytesAndOtherContentOtherBytes() {
		AgreementContent content = content(Language.PORTUGUESE_BRAZIL, "Amamenta Bahia");
		byte[] first = this.pdf.issued(content);
		assertThat(this.pdf.issued(content)).isEqualTo(first);
		assertThat(new String(first, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(this.pdf.issued(content(Language.PORTUGUESE_BRAZIL, "Amamenta Bahía"))).isNotEqualTo(first);
	}

	@Test
	void anAgreementReadsInEnglishThenInTheSignatorysLanguage() throws IOException {
		byte[] bytes = this.pdf.issued(content(Language.HAITIAN_CREOLE, "Sipò Tete Ayiti"));
		String text = text(bytes);
		assertThat(text).contains("Sipò Tete Ayiti")
			.contains("Partner Agreement")
			.contains("CNPJ 12.345.678/0001-90")
			.contains(AgreementTemplate.VERSION)
			.contains("2026-03-02 09:30 UTC")
			.contains("Kreyòl ayisyen");
	}

	@Test
	void aSignedCopyKeepsTheIssuedPagesAndAddsTheRecordOfBothSignatures() throws IOException {
		AgreementContent content = content(Language.SPANISH, "Lactancia Unida");
		byte[] issued = this.pdf.issued(content);
		String sha = AgreementDocument.sha256(issued);
		SignatureRecord record = new SignatureRecord(sha, "Marisol Pérez", "marisol@example.org",
				ISSUED.plus(1, ChronoUnit.DAYS), "203.0.113.7", "Rita Reviewer", ISSUED.plus(2, ChronoUnit.DAYS),
				"198.51.100.2", ISSUED.plus(2, ChronoUnit.DAYS), ISSUED.plus(367, ChronoUnit.DAYS));
		byte[] copy = this.pdf.signedCopy(issued, content, record);
		assertThat(this.pdf.signedCopy(issued, content, record)).isEqualTo(copy);
		PdfReader original = new PdfReader(issued);
		PdfReader signed = new PdfReader(copy);
		assertThat(signed.getNumberOfPages()).isEqualTo(original.getNumberOfPages() + 1);
		PdfTextExtractor extractor = new PdfTextExtractor(signed);
		String last = extractor.getTextFromPage(signed.getNumberOfPages());
		assertThat(last).contains(sha).contains("Marisol Pérez").contains("203.0.113.7").contains("Rita Reviewer");
		assertThat(extractor.getTextFromPage(1)).isEqualTo(new PdfTextExtractor(original).getTextFromPage(1));
	}

	static String text(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page)).append('\n');
		}
		return text.toString();
	}

	static AgreementContent content(Language language, String legalName) {
		return new AgreementContent(UUID.fromString("5f0e8c1e-4a4b-4c9a-9d38-0d7f1f7c2b10"), 1, 1,
				AgreementTemplate.VERSION, ISSUED, language, "https://latch.example.org", legalName, "BR", "Bahia",
				PartnerLevel.NATIONAL, "CNPJ 12.345.678/0001-90", List.of("pt-BR", "ht"), "Marisol Applicant",
				"marisol@example.org", ISSUED.minus(3, ChronoUnit.DAYS), null);
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/partner/agreement", "i18n/partner/partner");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
