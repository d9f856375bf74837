package org.latch.directory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.account.AccountManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator imports a thousand groups and their meetings: the first files have
 * about 25 broken rows, each reported with its row and a translated reason while nothing
 * is saved; the corrected files save every group and meeting, and the search finds them.
 */
@LatchWebTest
class LargeImportTests {

	private static final Pattern REPORT_ROW = Pattern.compile("<tr><td>[0-9]+</td>");

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	AccountManagement accounts;

	@Autowired
	EntityManagerFactory database;

	@Test
	void aThousandGroupsAreImportedOnceTheRejectedRowsAreFixed() throws Exception {
		ManageFixtures net = new ManageFixtures(this.directory, this.accounts);
		String area = net.slug("area-a");
		LargeImportFiles files = new LargeImportFiles(1000, net.run, state -> area);
		long units = this.directory.count();

		LargeImportFiles.File groups = files.groups(true);
		assertThat(groups.problems()).hasSizeGreaterThanOrEqualTo(15);
		String report = upload(net, "groups", groups.csv());
		assertReports(report, groups, 1000);
		assertThat(this.directory.count()).isEqualTo(units);

		report = upload(net, "groups", files.groups(false).csv());
		assertThat(report).contains(Html.text(this.messages, "manage.import.counts", "en", 1000, 0));
		confirm(net, "groups", report);
		assertThat(this.directory.count()).isEqualTo(units + 1000);

		LargeImportFiles.File meetingsFile = files.meetings(true);
		report = upload(net, "meetings", meetingsFile.csv());
		assertReports(report, meetingsFile, 1334);
		assertThat(this.meetings.meetingsOf(this.directory.findBySlug(files.slug(0)).orElseThrow().id())).isEmpty();

		report = upload(net, "meetings", files.meetings(false).csv());
		assertThat(report).contains(Html.text(this.messages, "manage.import.counts", "en", 1334, 0));
		confirm(net, "meetings", report);
		assertThat(this.meetings.meetingsOf(this.directory.findBySlug(files.slug(999)).orElseThrow().id())).hasSize(2);

		assertThat(indexedBelow(net.areaA)).as("area A, its two groups and the thousand new ones").isEqualTo(1003);
		for (int i : List.of(0, 171, 301, 610, 999)) {
			LargeImportFiles.Town town = files.town(i);
			assertThat(find(town.name() + ", " + town.state())).as(town.name())
				.contains("href=\"/groups/" + files.slug(i) + "\"");
		}
	}

	private void assertReports(String report, LargeImportFiles.File file, int rows) {
		assertThat(report).doesNotContain("name=\"confirmed\"")
			.contains(Html.text(this.messages, "manage.import.problems", "en", file.problems().size()))
			.contains(Html.text(this.messages, "manage.import.rows", "en", rows, file.problems().size()))
			.contains(Html.text(this.messages, "manage.import.nothing-saved", "en"));
		for (LargeImportFiles.Expected problem : file.problems()) {
			assertThat(report).as("row %d", problem.row())
				.containsPattern(ManageImports.row(this.messages, problem.row(), problem.column(), problem.key()));
		}
		assertThat(REPORT_ROW.matcher(report).results().count()).as("nothing else is reported")
			.isEqualTo(file.problems().size());
	}

	private long indexedBelow(UnitId unit) {
		try (EntityManager entities = this.database.createEntityManager()) {
			return Search.session(entities)
				.search(OrganizationUnit.class)
				.where(f -> f.match().field(GroupSearch.WITHIN).matching(unit.value().toString()))
				.fetchTotalHitCount();
		}
	}

	private String find(String near) throws Exception {
		return this.mvc.perform(get("/find").param("near", near).param("radius", "5"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String upload(ManageFixtures net, String kind, String csv) throws Exception {
		return ManageImports.upload(this.mvc, net.areaA, net.adminA, kind, csv.getBytes(StandardCharsets.UTF_8));
	}

	private void confirm(ManageFixtures net, String kind, String report) throws Exception {
		ManageImports.confirm(this.mvc, net.areaA, net.adminA, kind, report);
	}

}
