package org.latch.partner;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.account.AccountManagement;
import org.latch.platform.PlatformSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Naughty values in every field of the register's and the report's forms, files that are
 * not photos, and addresses that are not choices: a translated message next to the field
 * or a 4xx, never a 500, and nothing saved from a refused form.
 */
@LatchWebTest
@Tag("persistence")
class CodeBadInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void everyReportFieldRefusesNaughtyValuesNextToTheFieldOrKeepsThemAsText() throws Exception {
		CodeReports reports = new CodeReports(this.mvc);
		String run = UUID.randomUUID().toString().substring(0, 8);
		for (String field : CodeFixtures.reportForm(run).keySet()) {
			for (String value : PartnerBadInputTests.NAUGHTY) {
				Map<String, String> form = CodeFixtures.reportForm("Naughty " + run);
				form.put(field, value);
				long before = reports.count(this.jdbc);
				MockHttpServletResponse response = reports.send(form, null, null);
				refusedNextToTheField(field, value, response, before, () -> reports.count(this.jdbc));
			}
		}
		Map<String, String> escaped = CodeFixtures.reportForm("<script>alert(1)</script> 😀 " + run);
		reports.send(escaped, null, null);
		UUID id = reports.latestId(this.jdbc, "<script>alert(1)</script> 😀 " + run);
		PartnerFixtures people = new PartnerFixtures(this.accounts, "en");
		assertThat(new CodePages(this.mvc).page(people.reviewer, get(CodePaths.reviewReport(id))))
			.doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt; 😀");
	}

	@Test
	void aReportWithNothingFilledInNamesEveryMissingFieldAndSavesNothing() throws Exception {
		CodeReports reports = new CodeReports(this.mvc);
		long before = reports.count(this.jdbc);

		MockHttpServletResponse empty = reports.send(Map.of(), null, null);

		assertThat(empty.getStatus()).isEqualTo(422);
		String page = empty.getContentAsString();
		for (String key : List.of("validation.code.place", "validation.partner.country", "validation.code.observed-on",
				"validation.code.company", "validation.code.product-kind", "validation.code.article",
				"validation.code.report-description", "validation.code.consent")) {
			assertThat(page).contains(Html.text(this.messages, key, "en"));
		}
		assertThat(page).contains("aria-describedby=\"place-hint place-error\"")
			.contains("href=\"#consent\"")
			.contains("aria-invalid=\"true\"");
		Map<String, String> future = CodeFixtures.reportForm("Future");
		future.put("observedOn", "2999-01-01");
		assertThat(reports.send(future, null, null).getContentAsString())
			.contains(Html.text(this.messages, "validation.code.observed-on", "en"));
		Map<String, String> outOfScope = CodeFixtures.reportForm("Pumps");
		outOfScope.put("productKind", "BREAST_PUMPS");
		assertThat(reports.send(outOfScope, null, null).getContentAsString())
			.contains(Html.text(this.messages, "validation.code.product-kind", "en"));
		assertThat(reports.count(this.jdbc)).isEqualTo(before);
	}

	@Test
	void onlyARealPhotoWithinTheLimitIsKeptAndUnderANameLatchMakes(@Autowired PlatformSettings settings,
			@Autowired CodeSettings code) throws Exception {
		CodeReports reports = new CodeReports(this.mvc);
		byte[] html = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
		byte[] pngThenHtml = concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, html);
		byte[] gif = "GIF89a".getBytes(StandardCharsets.US_ASCII);
		long before = reports.count(this.jdbc);
		for (byte[] notAPhoto : List.of(html, svg, pngThenHtml, gif, PartnerFixtures.PDF)) {
			MockHttpServletResponse refused = reports.send(CodeFixtures.reportForm("Fake photo"), notAPhoto,
					"photo.png");
			assertThat(refused.getStatus()).isEqualTo(422);
			assertThat(refused.getContentAsString())
				.contains(Html.text(this.messages, "validation.code.photo-type", "en"))
				.contains("id=\"photo-error\"");
		}
		byte[] large = new byte[(int) code.photoMaxSize().toBytes() + 1];
		byte[] png = CodeFixtures.pngWithLocation();
		System.arraycopy(png, 0, large, 0, png.length);
		assertThat(reports.send(CodeFixtures.reportForm("Large photo"), large, "large.png").getContentAsString())
			.contains(Html.text(this.messages, "validation.code.photo-size", "en"));
		Map<String, String> incomplete = CodeFixtures.reportForm("Good photo, bad date");
		incomplete.put("observedOn", "yesterday");
		assertThat(reports.send(incomplete, png, "ok.png").getContentAsString())
			.as("a good photo must be chosen again after a refused form")
			.contains(Html.text(this.messages, "code.report.photo-again", "en"));
		assertThat(reports.count(this.jdbc)).isEqualTo(before);
		assertThat(this.mvc.perform(get(CodePaths.REPORT).param("problem", "too-large"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(Html.text(this.messages, "validation.code.photo-size", "en"))
			.contains("id=\"photo-error\"");

		String run = UUID.randomUUID().toString().substring(0, 8);
		assertThat(reports
			.send(CodeFixtures.reportForm("Traversal " + run), CodeFixtures.webpWithLocation(),
					"../../../../tmp/evil.png")
			.getStatus()).isEqualTo(302);
		String stored = this.jdbc.queryForObject("select photo_file from partner_violation_report where company = ?",
				String.class, "Traversal " + run);
		assertThat(stored).matches("[0-9a-f-]{36}\\.webp");
		Path directory = settings.dataDir().resolve("code-report-photos");
		assertThat(directory.resolve(stored)).isRegularFile();
		try (Stream<Path> files = Files.list(directory)) {
			assertThat(files).allSatisfy(
					file -> assertThat(file.getFileName().toString()).matches("[0-9a-f-]{36}\\.(png|jpg|webp)"));
		}
	}

	@Test
	void everySponsorFieldRefusesNaughtyValuesNextToTheFieldAndSavesNothing() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "en");
		CodePages pages = new CodePages(this.mvc);
		UUID submitter = this.accounts.person(people.applicant).orElseThrow().id();
		for (String field : CodeFixtures.sponsorForm("x").keySet()) {
			for (String value : PartnerBadInputTests.NAUGHTY) {
				Map<String, String> form = new LinkedHashMap<>(CodeFixtures.sponsorForm("Naughty " + people.run));
				form.put(field, value);
				long before = sponsors(submitter);
				MockHttpServletResponse response = pages.enter(people.applicant, form).getResponse();
				refusedNextToTheField(field, value, response, before, () -> sponsors(submitter));
			}
		}
		Map<String, String> unknownProduct = CodeFixtures.sponsorForm("Unknown product " + people.run);
		unknownProduct.put("products", "BABY_CARRIERS,INFANT_FORMULA' OR 1=1");
		assertThat(pages.enter(people.applicant, unknownProduct).getResponse().getContentAsString())
			.contains(Html.text(this.messages, "validation.code.products", "en"));
	}

	@Test
	void aModeratorsSummaryIsCheckedFieldByFieldAndNothingIsPublishedUntilItIsRight() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "en");
		CodeReports reports = new CodeReports(this.mvc);
		reports.send(CodeFixtures.reportForm("Summary " + people.run), null, null);
		UUID id = reports.latestId(this.jdbc, "Summary " + people.run);
		MockHttpServletRequestBuilder wrong = post(CodePaths.reviewReport(id) + "/publish").param("company", "")
			.param("productKind", "BABY_CARRIERS")
			.param("article", "NOT_AN_ARTICLE")
			.param("country", "ZZ")
			.param("month", "2999-01")
			.param("text", "x".repeat(1001));

		MockHttpServletResponse refused = new CodePages(this.mvc).as(people.reviewer, wrong);

		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains(Html.text(this.messages, "validation.code.company", "en"))
			.contains(Html.text(this.messages, "validation.code.product-kind", "en"))
			.contains(Html.text(this.messages, "validation.code.article", "en"))
			.contains(Html.text(this.messages, "validation.partner.country", "en"))
			.contains(Html.text(this.messages, "validation.code.month", "en"))
			.contains(Html.text(this.messages, "validation.code.summary-text", "en"))
			.contains("id=\"month-error\"");
		assertThat(
				this.jdbc.queryForObject("select status from partner_violation_report where id = ?", String.class, id))
			.isEqualTo("RECEIVED");
	}

	@Test
	void addressesAndFiltersThatAreNotChoicesAreClientErrors() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "en");
		CodePages pages = new CodePages(this.mvc);
		assertThat(pages.visitor(get(CodePaths.VIOLATIONS).param("article", "NOPE")).getStatus()).isEqualTo(400);
		assertThat(pages.visitor(get(CodePaths.VIOLATIONS).param("country", "XX")).getStatus()).isEqualTo(400);
		assertThat(pages.visitor(get(CodePaths.VIOLATIONS).param("country", "br")).getStatus()).isEqualTo(400);
		assertThat(pages.as(people.reviewer, get(CodePaths.reviewReport(UUID.randomUUID()))).getStatus())
			.isEqualTo(404);
		assertThat(pages.as(people.reviewer, get(CodePaths.reviewSponsor(UUID.randomUUID()))).getStatus())
			.isEqualTo(404);
		assertThat(pages.as(people.reviewer, get(CodePaths.photo(UUID.randomUUID()))).getStatus()).isEqualTo(404);
		assertThat(pages.as(people.reviewer, get(CodePaths.REVIEW + "/reports/not-a-uuid")).getStatus()).isBetween(400,
				404);
		assertThat(pages.as(people.reviewer, post(CodePaths.reviewSponsor(UUID.randomUUID()) + "/approve")).getStatus())
			.isEqualTo(404);
		assertThat(pages.as(people.reviewer, post(CodePaths.REVIEW + "/sponsors/" + UUID.randomUUID() + "/delete"))
			.getStatus()).isEqualTo(404);
		assertThat(pages.visitor(get(CodePaths.REPORT_SENT)).getRedirectedUrl()).isEqualTo(CodePaths.REPORT);
	}

	/**
	 * Saved (a redirect), or refused with the message next to the field and nothing
	 * saved; never a server error, never the value as markup.
	 */
	private static void refusedNextToTheField(String field, String value, MockHttpServletResponse response, long before,
			LongSupplier rows) throws Exception {
		String what = field + "=" + value;
		assertThat(response.getStatus()).as(what).isIn(302, 422);
		assertThat(response.getContentAsString()).as(what).doesNotContain("<script>alert(1)</script>");
		if (response.getStatus() == 422) {
			assertThat(response.getContentAsString()).as(what)
				.contains("id=\"" + field + "-error\"")
				.contains("class=\"field-error\"");
			assertThat(rows.getAsLong()).as("nothing saved for " + what).isEqualTo(before);
		}
	}

	private long sponsors(UUID submitter) {
		return this.jdbc.queryForObject("select count(*) from partner_sponsor where submitter_id = ?", Long.class,
				submitter);
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = new byte[a.length + b.length];
		System.arraycopy(a, 0, both, 0, a.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

}
