package org.latch.directory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.account.AccountManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Groups and meetings leave and come back as CSV: an exported file imports as updates,
 * and a bad file is reported row by row while nothing is saved.
 */
@LatchWebTest
class ManageCsvTests {

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

	ManageFixtures net;

	@BeforeEach
	void network() {
		this.net = new ManageFixtures(this.directory, this.accounts);
		this.directory.describe(this.net.groupA1,
				new UnitProfile("1 Main St", "12207", "a1@example.org", "+1 518 555 0100", "https://example.org/a1",
						java.util.Map.of("en", "Line one\nline \"two\"", "es", "Hola")));
		this.meetings.schedule(new NewMeeting(this.net.groupA1, "=HYPERLINK(\"http://evil.example\")",
				"FREQ=MONTHLY;BYDAY=2TU", LocalDate.of(2027, 1, 1), LocalTime.of(10, 0), Duration.ofMinutes(90),
				"America/New_York", MeetingFormat.HYBRID, List.of("es", "en"), Set.of(Audience.NEWBORN),
				Set.of(Accessibility.PARKING)));
	}

	@Test
	void anExportedFileImportsAgainAsUpdatesWithoutDuplicates() throws Exception {
		String groups = export("groups.csv");
		String meetingsCsv = export("meetings.csv");
		assertThat(groups).startsWith("slug,parent,name,")
			.contains(this.net.slug("a1") + "," + this.net.slug("area-a") + ",Riverside Circle,")
			.contains(this.net.slug("a2"))
			.doesNotContain(this.net.slug("b1"))
			.contains("'+1 518 555 0100");
		assertThat(meetingsCsv).contains("'=HYPERLINK").contains("FREQ=MONTHLY;BYDAY=2TU");
		long units = this.directory.count();

		String report = upload("groups", groups.getBytes(StandardCharsets.UTF_8));
		assertThat(report).contains(Html.text(this.messages, "manage.import.counts", "en", 0, 2));
		confirm("groups", report);
		report = upload("meetings", meetingsCsv.getBytes(StandardCharsets.UTF_8));
		assertThat(report).contains(Html.text(this.messages, "manage.import.counts", "en", 0, 1));
		confirm("meetings", report);

		assertThat(this.directory.count()).isEqualTo(units);
		assertThat(this.meetings.meetingsOf(this.net.groupA1)).hasSize(1)
			.first()
			.satisfies(m -> assertThat(m.title()).isEqualTo("=HYPERLINK(\"http://evil.example\")"));
		assertThat(this.directory.profile(this.net.groupA1).orElseThrow().descriptions()).containsEntry("en",
				"Line one\nline \"two\"");
		assertThat(export("groups.csv")).isEqualTo(groups);
		assertThat(export("meetings.csv")).isEqualTo(meetingsCsv);
	}

	@Test
	void rowsWithoutSlugOrIdAddNewGroupsAndMeetings() throws Exception {
		String groups = String.join(",", GroupCsv.HEADER) + "\r\n" + ",\"" + this.net.slug("area-a")
				+ "\",São Bento Circle,US,NY,Albany,,,42.6,-73.7,false,pt-BR en,,,,,,Olá,,\r\n";
		confirm("groups", upload("groups", groups.getBytes(StandardCharsets.UTF_8)));
		UnitView added = this.directory.findBySlug("sao-bento-circle").orElseThrow();
		assertThat(added.parentId()).isEqualTo(this.net.areaA);
		assertThat(added.languages()).containsExactly("en", "pt-BR");

		String meetingsCsv = String.join(",", MeetingCsv.HEADER) + "\r\n,sao-bento-circle,Roda,"
				+ "FREQ=WEEKLY;BYDAY=WE,2027-02-03,19:00,60,America/New_York,ONLINE,pt-BR,,,,2027-02-06T10:00\r\n";
		confirm("meetings", upload("meetings", meetingsCsv.getBytes(StandardCharsets.UTF_8)));
		assertThat(this.meetings.meetingsOf(added.id())).singleElement()
			.satisfies(m -> assertThat(m.extraDates()).containsExactly(LocalDate.of(2027, 2, 6).atTime(10, 0)));
	}

	@Test
	void anOnlineGroupWithoutACountryComesBackFromItsExport() throws Exception {
		String groups = String.join(",", GroupCsv.HEADER) + "\r\n" + ",\"" + this.net.slug("area-a")
				+ "\",Evening Online Circle,,,,,,,,true,en,,,,,,,,\r\n";
		confirm("groups", upload("groups", groups.getBytes(StandardCharsets.UTF_8)));
		assertThat(this.directory.findBySlug("evening-online-circle"))
			.hasValueSatisfying(group -> assertThat(group.country()).as("no country").isNullOrEmpty());

		String report = upload("groups", export("groups.csv").getBytes(StandardCharsets.UTF_8));
		assertThat(report).contains(Html.text(this.messages, "manage.import.counts", "en", 0, 3));
	}

	@Test
	void aBadFileGetsARowByRowReportAndNothingIsSaved() throws Exception {
		String meetingsCsv = export("meetings.csv");
		String[] lines = meetingsCsv.split("\r\n");
		String bad = lines[0] + "\r\n" + lines[1].replace("America/New_York", "Mars/Olympus") + "\r\n"
				+ ",<script>alert(1)</script>,Circle,FREQ=WEEKLY;BYDAY=MO,2027-01-04,25:99,60,UTC,ONLINE,en,,,,\r\n"
				+ ",\"" + this.net.slug("a1")
				+ "\",'=1+1,FREQ=WEEKLY;BYDAY=MO,2027-01-04,10:00,60,UTC,LIVE,xx,NOBODY,,someday,\r\n";
		String report = upload("meetings", bad.getBytes(StandardCharsets.UTF_8));
		assertThat(report).doesNotContain("name=\"confirmed\"")
			.containsPattern(row(2, "time_zone", "validation.meeting.zone"))
			.containsPattern(row(3, "group", "manage.import.group"))
			.containsPattern(row(3, "start_time", "manage.validation.time"))
			.containsPattern(row(4, "format", "validation.invalid"))
			.containsPattern(row(4, "audiences", "validation.invalid"))
			.containsPattern(row(4, "cancelled_dates", "manage.validation.date"))
			.doesNotContain("<script>alert");
		assertThat(this.meetings.meetingsOf(this.net.groupA1)).singleElement()
			.satisfies(m -> assertThat(m.timeZone().getId()).isEqualTo("America/New_York"));

		String confirmedAnyway = this.mvc
			.perform(multipart("/manage/" + this.net.areaA + "/import").param("kind", "meetings")
				.param("confirmed", CheckedFile.pack(bad.getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(user(this.net.adminA)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(confirmedAnyway).contains(Html.text(this.messages, "manage.import.nothing-saved", "en"));
		assertThat(this.meetings.meetingsOf(this.net.groupA1)).hasSize(1);
		assertThat(this.meetings.meetingsOf(this.net.groupB1)).isEmpty();
	}

	@Test
	void aWrongHeaderOrEncodingIsRefusedBeforeAnyRow() throws Exception {
		String groups = export("groups.csv").replaceFirst("name,", "<b>nom</b>,");
		assertThat(upload("groups", groups.getBytes(StandardCharsets.UTF_8)))
			.containsPattern(row(1, "name", "manage.import.header-missing"));
		assertThat(upload("groups", export("groups.csv").getBytes(StandardCharsets.UTF_16)))
			.contains(Html.text(this.messages, "manage.import.encoding", "en"));
		String naughty = String.join(",", GroupCsv.HEADER) + "\r\n" + this.net.slug("a2")
				+ ",,\u202Egnirts,US,NY,Albany,,,,," + "maybe,en,,,,,,,,\r\n" + this.net.slug("b1")
				+ ",,Bayside,US,NY,Albany,,,1,1,false,en,,,,,,,,\r\n";
		assertThat(upload("groups", naughty.getBytes(StandardCharsets.UTF_8)))
			.containsPattern(row(2, "online", "manage.validation.boolean"))
			.containsPattern(row(3, "slug", "manage.import.not-yours"));
		assertThat(this.directory.find(this.net.groupA2).orElseThrow().name()).isEqualTo("Hillside Circle");
		assertThat(this.directory.find(this.net.groupB1).orElseThrow().name()).isEqualTo("Bayside Circle");
	}

	@Test
	void nobodyExportsOrImportsOutsideWhatTheyLookAfter() throws Exception {
		this.mvc.perform(get("/manage/" + this.net.areaB + "/groups.csv").with(user(this.net.adminA)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/manage/" + this.net.areaB + "/import")
				.file(new MockMultipartFile("file", "g.csv", "text/csv", "slug".getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(user(this.net.adminA)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/manage/" + this.net.groupA1 + "/meetings.csv").with(user(this.net.leaderA1)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"meetings-" + this.net.slug("a1") + ".csv\""));
	}

	private String row(long row, String column, String key) {
		return ManageImports.row(this.messages, row, column, key);
	}

	private String upload(String kind, byte[] file) throws Exception {
		return ManageImports.upload(this.mvc, this.net.areaA, this.net.adminA, kind, file);
	}

	private void confirm(String kind, String report) throws Exception {
		ManageImports.confirm(this.mvc, this.net.areaA, this.net.adminA, kind, report);
	}

	private String export(String file) throws Exception {
		return this.mvc.perform(get("/manage/" + this.net.areaA + "/" + file).with(user(this.net.adminA)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
