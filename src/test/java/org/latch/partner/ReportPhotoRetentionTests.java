package org.latch.partner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.account.AccountManagement;
import org.latch.platform.PlatformSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A violation report's photo is kept for moderators while the report waits and for the
 * configured days after its decision, then deleted: the file, and the way to it.
 */
@LatchWebTest
class ReportPhotoRetentionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReportPhotoRetention retention;

	@Autowired
	CodeSettings settings;

	@Test
	void aDecidedReportsPhotoIsDeletedOnceItsDaysAreOverAndAWaitingOneIsKept(@Autowired PlatformSettings platform)
			throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "en");
		CodeReports reports = new CodeReports(this.mvc);
		CodePages pages = new CodePages(this.mvc);
		Map<String, String> decidedForm = CodeFixtures.reportForm("Kept " + people.run);
		reports.send(decidedForm, CodeFixtures.jpegWithLocation(), "decided.jpg");
		UUID decided = reports.latestId(this.jdbc, "Kept " + people.run);
		reports.send(CodeFixtures.reportForm("Waiting " + people.run), CodeFixtures.jpegWithLocation(), "waiting.jpg");
		UUID waiting = reports.latestId(this.jdbc, "Waiting " + people.run);
		assertThat(pages
			.as(people.reviewer,
					post(CodePaths.reviewReport(decided) + "/reject").param("note", "Not within the Code's scope."))
			.getStatus()).isEqualTo(302);
		Path file = photo(platform, decided);
		Instant decidedAt = this.jdbc.queryForObject("select decided_at from partner_violation_report where id = ?",
				Instant.class, decided);

		this.retention.deleteDecidedBefore(decidedAt.minus(Duration.ofDays(1)));
		assertThat(file).as("still within its days").exists();
		assertThat(pages.as(people.reviewer, get(CodePaths.photo(decided))).getStatus()).isEqualTo(200);

		Path waitingFile = photo(platform, waiting);
		this.retention.deleteDecidedBefore(decidedAt.plus(Duration.ofDays(this.settings.photoKeepDays())));
		assertThat(file).as("deleted once its days are over").doesNotExist();
		assertThat(pages.as(people.reviewer, get(CodePaths.photo(decided))).getStatus()).isEqualTo(404);
		assertThat(pages.page(people.reviewer, get(CodePaths.reviewReport(decided))))
			.contains(Html.text(this.messages, "code.moderation.photo-deleted", "en"))
			.doesNotContain("src=\"" + CodePaths.photo(decided) + "\"");
		assertThat(waitingFile).as("a report not yet decided keeps its photo").exists();
		assertThat(pages.page(people.reviewer, get(CodePaths.reviewReport(waiting))))
			.contains("src=\"" + CodePaths.photo(waiting) + "\"");
	}

	private Path photo(PlatformSettings platform, UUID report) {
		String name = this.jdbc.queryForObject("select photo_file from partner_violation_report where id = ?",
				String.class, report);
		return platform.dataDir().resolve("code-report-photos").resolve(name);
	}

}
