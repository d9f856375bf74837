package org.latch.partner.agreement;

import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.LatchWebTest;
import org.latch.TestMailServer;
import org.latch.account.AccountManagement;
import org.latch.partner.PartnerFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An approved partner's agreement from issue to the public directory: the signatory reads
 * the exact document and signs it, a platform administrator countersigns, and both
 * download a signed copy whose record names the signed document's hash. Each step emails
 * whoever acts next in their language.
 */
@LatchWebTest
@Tag("persistence")
class AgreementJourneyTests {

	private static final Duration MAIL = Duration.ofSeconds(10);

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MessageSource messages;

	@Test
	void theSignatorySignsTheExactDocumentAnAdministratorCountersignsAndBothDownloadTheSignedCopy() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "es");
		String name = "Lactancia Unida " + people.run;
		AgreementSteps agreement = AgreementSteps.approved(this.mvc, people, name);
		awaitSubject(people.applicant, "agreement.mail.to-sign.subject", "es", name);
		assertThat(TestMailServer.latestTo(people.applicant)).contains(agreement.path());
		assertThat(directory()).doesNotContain(name);

		String page = agreement.page(people.applicant);
		String hash = AgreementSteps.hashIn(page);
		assertThat(page).contains(shown("agreement.standing.NOT_YET", "en"))
			.contains(shown("agreement.status.AWAITING_SIGNATURE", "en"))
			.contains(shown("agreement.languages", "en", "Español"));
		byte[] issued = download(agreement, people.applicant, page, hash);
		String text = AgreementPdfTests.text(issued);
		assertThat(text).contains(name).contains("Partner Agreement").contains(AgreementTemplate.VERSION);
		assertThat(text).as("followed by the Spanish translation")
			.contains(this.messages.getMessage("agreement.doc.title", null, Locale.forLanguageTag("es")));

		UUID id = AgreementSteps.agreementIn(page);
		assertThat(agreement.sign(people.applicant, "sign", id, "  Marisol   Pérez ", true, hash).getStatus())
			.isEqualTo(302);
		awaitSubject(people.reviewer, "agreement.mail.to-countersign.subject", "en", name);
		assertThat(directory()).doesNotContain(name);

		String review = agreement.page(people.reviewer);
		assertThat(review).contains(shown("agreement.status.AWAITING_COUNTERSIGNATURE", "en"))
			.contains("Marisol Pérez")
			.contains(shown("agreement.countersign.button", "en"));
		assertThat(AgreementSteps.hashIn(review)).isEqualTo(hash);
		assertThat(agreement.sign(people.reviewer, "countersign", id, "Rita Reviewer", true, hash).getStatus())
			.isEqualTo(302);
		awaitSubject(people.applicant, "agreement.mail.countersigned.subject", "es", name);
		assertThat(directory()).contains(name);
		assertThat(this.mvc.perform(get("/partners/" + agreement.partner)).andReturn().getResponse().getStatus())
			.isEqualTo(200);

		String signed = agreement.page(people.applicant);
		assertThat(signed).contains(shown("agreement.status.COUNTERSIGNED", "en"))
			.contains("Rita Reviewer")
			.contains(shown("agreement.action.SIGNED", "en", "Marisol Applicant", 1, ""))
			.contains(shown("agreement.action.COUNTERSIGNED", "en", "Rita Reviewer", 1, ""))
			.contains(shown("agreement.action.ISSUED", "en", "Rita Reviewer", 1, ""));
		String copyHash = documents(signed).keySet()
			.stream()
			.filter(other -> !other.equals(hash))
			.findFirst()
			.orElseThrow();
		for (String who : new String[] { people.applicant, people.reviewer }) {
			byte[] copy = download(agreement, who, signed, copyHash);
			PdfReader reader = new PdfReader(copy);
			assertThat(reader.getNumberOfPages()).isEqualTo(new PdfReader(issued).getNumberOfPages() + 1);
			assertThat(AgreementPdfTests.text(copy)).contains(hash)
				.contains("Marisol Pérez")
				.contains("Rita Reviewer")
				.contains(name);
		}
	}

	@Test
	void onlyTheSignatoryAndReviewersSeeAnAgreementAndItsDocuments() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "en");
		AgreementSteps agreement = AgreementSteps.approved(this.mvc, people, "Private Circle " + people.run);
		String page = agreement.page(people.applicant);
		String document = documents(page).values().iterator().next();
		assertThat(agreement.as(people.stranger, get(agreement.path())).getStatus()).isEqualTo(404);
		assertThat(agreement.as(people.stranger, get(document)).getStatus()).isEqualTo(404);
		assertThat(agreement.as(people.stranger, get("/partners/agreements")).getStatus()).isEqualTo(403);
		assertThat(agreement.as(people.reviewer, get("/partners/agreements")).getContentAsString())
			.contains("Private Circle " + people.run);
		assertThat(
				agreement.as(people.stranger, get(document.replaceAll("[0-9a-f-]{36}$", UUID.randomUUID().toString())))
					.getStatus())
			.isEqualTo(404);
		assertThat(this.mvc.perform(get(agreement.path()).accept("text/html"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).as("a visitor is asked to sign in").endsWith("/sign-in");
		PartnerFixtures others = new PartnerFixtures(this.accounts, "en");
		AgreementSteps other = AgreementSteps.approved(this.mvc, others, "Other Circle " + others.run);
		String elsewhere = document.replace(agreement.partner.toString(), other.partner.toString());
		assertThat(agreement.as(people.reviewer, get(elsewhere)).getStatus())
			.as("a document only under its own partner")
			.isEqualTo(404);
		assertThat(agreement
			.as(people.stranger,
					post(agreement.path() + "/" + AgreementSteps.agreementIn(page) + "/sign").param("typedName", "Sam")
						.param("consent", "true"))
			.getStatus()).isEqualTo(404);
	}

	/** The documents a page offers for download, by the hash shown with each. */
	static java.util.Map<String, String> documents(String page) {
		java.util.Map<String, String> links = new java.util.LinkedHashMap<>();
		java.util.regex.Matcher matcher = java.util.regex.Pattern
			.compile("href=\"(/partners/agreements/[^\"]+/documents/[^\"]+)\" download>[^<]*</a><br><small>[^<]*"
					+ "<code class=\"fingerprint\">([0-9a-f]{64})")
			.matcher(page);
		while (matcher.find()) {
			links.put(matcher.group(2), matcher.group(1));
		}
		return links;
	}

	private byte[] download(AgreementSteps agreement, String who, String page, String hash) throws Exception {
		String link = documents(page).get(hash);
		assertThat(link).as("a download of the document " + hash).isNotNull();
		MockHttpServletResponse response = agreement.as(who, get(link));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains(".pdf");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
		byte[] bytes = response.getContentAsByteArray();
		assertThat(AgreementDocument.sha256(bytes)).as("the bytes are the document the page names").isEqualTo(hash);
		assertThat(response.getHeader("Repr-Digest"))
			.isEqualTo("sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hash)) + ":");
		return bytes;
	}

	/** A message as JTE writes it into an element's text (quotes stay as they are). */
	private String shown(String key, String language, Object... args) {
		return this.messages.getMessage(key, (args.length == 0) ? null : args, Locale.forLanguageTag(language))
			.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;");
	}

	private String directory() throws Exception {
		return this.mvc.perform(get("/partners")).andReturn().getResponse().getContentAsString();
	}

	private void awaitSubject(String address, String key, String language, String name) {
		String subject = this.messages.getMessage(key, new Object[] { name }, Locale.forLanguageTag(language));
		long deadline = System.nanoTime() + MAIL.toNanos();
		while (System.nanoTime() < deadline
				&& (TestMailServer.countTo(address) == 0 || !subject.equals(TestMailServer.subjectOfLatest(address)))) {
			sleep();
		}
		assertThat(TestMailServer.subjectOfLatest(address)).isEqualTo(subject);
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
