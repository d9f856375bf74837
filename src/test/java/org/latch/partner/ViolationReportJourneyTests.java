package org.latch.partner;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.TestMailServer;
import org.latch.account.AccountManagement;
import org.latch.platform.PlatformSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Anyone reports a Code violation, with a photo, without an account; moderators publish
 * an anonymized summary, refuse it with a reason, or mark it as the same as another; the
 * reporter is told in their language, and their address is deleted.
 */
@LatchWebTest
@Tag("persistence")
class ViolationReportJourneyTests {

	private static final Duration MAIL = Duration.ofSeconds(10);

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAnonymousReportWithAPhotoIsPublishedAsASummaryWithNothingOfTheReporter(@Autowired PlatformSettings settings)
			throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "en");
		CodeReports reports = new CodeReports(this.mvc);
		String reporter = "reporter-" + people.run + "@mail.example.org";
		Map<String, String> form = CodeFixtures.reportForm("Acme " + people.run);
		form.put("email", reporter);
		form.put("lang", "pt-BR");

		MockHttpServletResponse sent = reports.send(form, CodeFixtures.jpegWithLocation(), "IMG_2041.jpg");

		assertThat(sent.getRedirectedUrl()).isEqualTo(CodePaths.REPORT_SENT);
		UUID id = reports.latestId(this.jdbc, "Acme " + people.run);
		String reference = id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
		assertThat(TestMailServer.awaitMailTo(reporter, MAIL)).contains(reference);
		assertThat(TestMailServer.subjectOfLatest(reporter)).isEqualTo(this.messages
			.getMessage("mail.code.report.received.subject", new Object[] { reference }, Locale.of("pt", "BR")));
		String stored = this.jdbc.queryForObject("select photo_file from partner_violation_report where id = ?",
				String.class, id);
		assertThat(stored).matches("[0-9a-f-]{36}\\.jpg");
		byte[] onDisk = Files.readAllBytes(settings.dataDir().resolve("code-report-photos").resolve(stored));
		assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).as("no GPS position kept").doesNotContain("GPS");

		CodePages pages = new CodePages(this.mvc);
		assertThat(pages.page(people.reviewer, get(CodePaths.REVIEW))).contains(reference);
		String opened = pages.page(people.reviewer, get(CodePaths.reviewReport(id)));
		assertThat(opened).contains("Pharmacy on Rua Chile, Salvador")
			.contains(reporter)
			.contains("src=\"" + CodePaths.photo(id) + "\"")
			.contains("value=\"Acme " + people.run + "\"")
			.contains("value=\"2026-01\"");
		MockHttpServletResponse photo = pages.as(people.reviewer, get(CodePaths.photo(id)));
		assertThat(photo.getStatus()).isEqualTo(200);
		assertThat(photo.getContentType()).isEqualTo("image/jpeg");
		assertThat(photo.getHeader("Content-Disposition")).startsWith("inline").contains("report-photo.jpg");
		assertThat(photo.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(photo.getHeader("Content-Security-Policy")).contains("sandbox");
		assertThat(photo.getContentAsByteArray()).isEqualTo(onDisk);
		assertThat(pages.as(people.stranger, get(CodePaths.photo(id))).getStatus()).isEqualTo(403);
		assertThat(pages.visitor(get(CodePaths.photo(id)).accept("text/html")).getRedirectedUrl()).endsWith("/sign-in");

		MockHttpServletResponse published = pages.as(people.reviewer,
				post(CodePaths.reviewReport(id) + "/publish").param("company", "Acme Nutrition " + people.run)
					.param("productKind", "FOLLOW_UP_FORMULA")
					.param("article", "RETAIL_PROMOTION")
					.param("country", "BR")
					.param("month", "2026-01")
					.param("text", "A price cut on follow-up formula, with a free feeding bottle."));
		assertThat(published.getStatus()).isEqualTo(302);

		String violations = pages.visitor(get(CodePaths.VIOLATIONS)).getContentAsString();
		assertThat(violations).contains("Acme Nutrition " + people.run)
			.contains(Html.text(this.messages, "code.article.RETAIL_PROMOTION", "en"))
			.contains(Html.text(this.messages, "code.product.FOLLOW_UP_FORMULA", "en"))
			.contains("Brazil")
			.contains("January 2026")
			.contains("A price cut on follow-up formula, with a free feeding bottle.")
			.doesNotContain(reporter)
			.doesNotContain("Rua Chile")
			.doesNotContain("30% off")
			.doesNotContain(CodePaths.photo(id));
		assertThat(pages.visitor(get(CodePaths.VIOLATIONS).param("country", "BR").param("article", "RETAIL_PROMOTION"))
			.getContentAsString()).contains("Acme Nutrition " + people.run);
		assertThat(pages.visitor(get(CodePaths.VIOLATIONS).param("country", "FR")).getContentAsString())
			.doesNotContain("Acme Nutrition " + people.run);
		assertThat(TestMailServer.awaitCount(reporter, 2, MAIL)).isEqualTo(2);
		assertThat(TestMailServer.subjectOfLatest(reporter)).isEqualTo(this.messages
			.getMessage("mail.code.report.published.subject", new Object[] { reference }, Locale.of("pt", "BR")));
		assertThat(this.jdbc.queryForObject("select reporter_email from partner_violation_report where id = ?",
				String.class, id))
			.as("the address is deleted once the reporter was told")
			.isNull();
		assertThat(pages.page(people.reviewer, get(CodePaths.reviewReport(id))))
			.contains(Html.text(this.messages, "code.report.action.PUBLISHED", "en", "Rita Reviewer"))
			.contains(Html.text(this.messages, "code.moderation.no-email", "en"));

		assertThat(
				pages.as(people.reviewer, post(CodePaths.reviewReport(id) + "/withdraw").param("note", "Wrong shop."))
					.getStatus())
			.isEqualTo(302);
		assertThat(pages.visitor(get(CodePaths.VIOLATIONS)).getContentAsString())
			.doesNotContain("Acme Nutrition " + people.run);
	}

	@Test
	void aReportIsRefusedWithItsReasonOrMarkedAsTheSameAsAnother() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "en");
		CodeReports reports = new CodeReports(this.mvc);
		CodePages pages = new CodePages(this.mvc);
		String reporter = "reporter-" + people.run + "@mail.example.org";
		Map<String, String> first = CodeFixtures.reportForm("First " + people.run);
		reports.send(first, null, null);
		UUID original = reports.latestId(this.jdbc, "First " + people.run);
		Map<String, String> second = CodeFixtures.reportForm("Second " + people.run);
		second.put("email", reporter);
		reports.send(second, null, null);
		UUID repeat = reports.latestId(this.jdbc, "Second " + people.run);
		Map<String, String> third = CodeFixtures.reportForm("Third " + people.run);
		third.put("email", reporter);
		reports.send(third, null, null);
		UUID refused = reports.latestId(this.jdbc, "Third " + people.run);

		MockHttpServletResponse noReason = pages.as(people.reviewer,
				post(CodePaths.reviewReport(refused) + "/reject").param("note", " "));
		assertThat(noReason.getStatus()).isEqualTo(422);
		assertThat(noReason.getContentAsString())
			.contains(Html.text(this.messages, "code.moderation.problem.reject", "en"))
			.contains("id=\"note-reject-error\"");
		assertThat(pages.as(people.reviewer, post(CodePaths.reviewReport(refused) + "/reject").param("note",
				"The photo shows a pharmacy sign only."))
			.getStatus()).isEqualTo(302);
		assertThat(TestMailServer.awaitCount(reporter, 3, MAIL)).isEqualTo(3);
		assertThat(TestMailServer.latestTo(reporter)).contains("The photo shows a pharmacy sign only.");

		for (String wrong : new String[] { repeat.toString(), "not-an-id", UUID.randomUUID().toString() }) {
			MockHttpServletResponse duplicate = pages.as(people.reviewer,
					post(CodePaths.reviewReport(repeat) + "/duplicate").param("original", wrong));
			assertThat(duplicate.getStatus()).as(wrong).isEqualTo(422);
			assertThat(duplicate.getContentAsString())
				.contains(Html.text(this.messages, "code.moderation.problem.duplicate", "en"));
		}
		assertThat(pages
			.as(people.reviewer,
					post(CodePaths.reviewReport(repeat) + "/duplicate").param("original", original.toString()))
			.getStatus()).isEqualTo(302);
		assertThat(TestMailServer.awaitCount(reporter, 4, MAIL)).isEqualTo(4);
		assertThat(TestMailServer.subjectOfLatest(reporter))
			.isEqualTo(this.messages.getMessage("mail.code.report.marked-duplicate.subject",
					new Object[] { repeat.toString().substring(0, 8).toUpperCase(Locale.ROOT) }, Locale.ENGLISH));
		assertThat(pages.page(people.reviewer, get(CodePaths.reviewReport(repeat))))
			.contains(Html.text(this.messages, "code.report.status.DUPLICATE", "en"))
			.contains(original.toString().substring(0, 8).toUpperCase(Locale.ROOT));
		assertThat(pages.as(people.reviewer, post(CodePaths.reviewReport(repeat) + "/reject").param("note", "Again."))
			.getStatus()).as("already decided").isEqualTo(409);
		assertThat(this.jdbc.queryForObject("select count(*) from partner_violation_report where reporter_email = ?",
				Long.class, reporter))
			.isZero();
		assertThat(pages.visitor(get(CodePaths.VIOLATIONS)).getContentAsString()).doesNotContain(people.run);
	}

	@Test
	void aModeratorLeavesAReportSentFromTheirOwnAddressToAnother() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "en");
		CodeReports reports = new CodeReports(this.mvc);
		Map<String, String> form = CodeFixtures.reportForm("Own " + people.run);
		form.put("email", people.reviewer.toUpperCase(Locale.ROOT));
		reports.send(form, null, null);
		UUID id = reports.latestId(this.jdbc, "Own " + people.run);

		MockHttpServletResponse own = new CodePages(this.mvc).as(people.reviewer,
				post(CodePaths.reviewReport(id) + "/reject").param("note", "Not mine to judge."));

		assertThat(own.getStatus()).isEqualTo(422);
		assertThat(own.getContentAsString())
			.contains(Html.text(this.messages, "code.review.problem.OWN_APPLICATION", "en"));
	}

	@Test
	void reportsFromOneNetworkAddressAreLimitedEachHour(@Autowired CodeSettings settings) throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		CodeReports reports = new CodeReports(this.mvc);
		for (int i = 0; i < settings.reportsPerHour(); i++) {
			assertThat(reports.sendFrom("10.77.0.1", CodeFixtures.reportForm("Busy " + run)).getStatus())
				.isEqualTo(302);
		}
		MockHttpServletResponse limited = reports.sendFrom("10.77.0.1", CodeFixtures.reportForm("Busy " + run));

		assertThat(limited.getStatus()).isEqualTo(429);
		assertThat(limited.getContentAsString()).contains(Html.text(this.messages, "code.report.limited", "en"))
			.contains("value=\"Busy " + run + "\"");
		assertThat(this.jdbc.queryForObject("select count(*) from partner_violation_report where company = ?",
				Long.class, "Busy " + run))
			.isEqualTo(settings.reportsPerHour());
		assertThat(reports.sendFrom("10.77.0.2", CodeFixtures.reportForm("Busy " + run)).getStatus()).isEqualTo(302);
	}

}
