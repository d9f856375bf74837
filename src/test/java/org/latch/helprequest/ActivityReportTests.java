package org.latch.helprequest;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.account.AccountManagement;
import org.latch.account.Person;
import org.latch.directory.DirectoryManagement;
import org.latch.directory.UnitId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Activity reports count what Leaders logged, by the rules of decision 22: one contact
 * per conversation, a help request answered in Latch once in the LATCH column, topics
 * once per contact, a Leader's contact in the group they chose, an area's every group,
 * and a year as the sum of its months. Tagged {@code persistence}: runs on H2 and
 * PostgreSQL.
 */
@LatchWebTest
@Tag("persistence")
class ActivityReportTests {

	/** A whole year in the past, so that every month of it is over. */
	private static final int YEAR = Year.now().getValue() - 1;

	private static final String MARCH = YEAR + "-03";

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	ContactLog log;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	ContactFixtures net;

	@BeforeEach
	void activity() {
		this.net = new ContactFixtures(this.directory, this.accounts);
		Person a1 = this.net.leaderA1;
		Person both = this.net.leaderA2B1;
		this.log.log(a1, day(3, 5), ContactChannel.PHONE, Set.of(Topic.MILK_SUPPLY, Topic.PUMPING));
		this.log.log(a1, day(3, 20), ContactChannel.TEXT, Set.of(Topic.MILK_SUPPLY));
		this.log.log(a1, day(11, 2), ContactChannel.IN_PERSON, Set.of(Topic.WEANING));
		this.log.log(both, this.net.view(this.net.groupA2), day(3, 7), ContactChannel.PHONE,
				Set.of(Topic.LATCH_AND_PAIN));
		this.log.log(both, this.net.view(this.net.groupB1), day(3, 8), ContactChannel.EMAIL, Set.of(Topic.PUMPING));
		this.log.recordMeeting(a1, this.net.view(this.net.groupA1), day(3, 10), 12);
		this.log.recordMeeting(both, this.net.view(this.net.groupA2), day(3, 12), 5);
		this.log.recordMeeting(both, this.net.view(this.net.groupB1), day(3, 14), 7);
		this.log.countAnswered(a1.id(), day(3, 21), List.of(Topic.MILK_SUPPLY));
	}

	@Test
	void aLeadersOwnReportCountsEachConversationOnceAndTheRequestAnsweredInLatchInItsColumn() throws Exception {
		Map<String, String> march = rows(this.net.leaderA1, "me", MARCH).get(MARCH);
		assertThat(march).containsEntry("Meetings held", "1")
			.containsEntry("Attendees", "12")
			.containsEntry("Phone call", "1")
			.containsEntry("Text message", "1")
			.containsEntry("Help request answered in Latch", "1")
			.containsEntry("Email", "0")
			.containsEntry("All helping contacts", "3")
			.containsEntry("Milk supply", "3")
			.containsEntry("Pumping", "1")
			.containsEntry("Weaning", "0");
		assertThat(rows(this.net.leaderA1, this.net.groupA1.toString(), MARCH).get(MARCH)).isEqualTo(march);
	}

	@Test
	void aContactOfALeaderOfSeveralGroupsCountsOnlyInTheGroupChosen() throws Exception {
		assertThat(rows(this.net.leaderA2B1, this.net.groupA2.toString(), MARCH).get(MARCH))
			.containsEntry("Phone call", "1")
			.containsEntry("Email", "0")
			.containsEntry("Meetings held", "1")
			.containsEntry("Attendees", "5")
			.containsEntry("All helping contacts", "1");
		assertThat(rows(this.net.leaderA2B1, this.net.groupB1.toString(), MARCH).get(MARCH))
			.containsEntry("Phone call", "0")
			.containsEntry("Email", "1")
			.containsEntry("All helping contacts", "1");
	}

	@Test
	void anAreasReportCountsEveryGroupOfTheAreaAndAYearIsTheSumOfItsMonths() throws Exception {
		Map<String, Map<String, String>> year = rows(this.net.adminA, this.net.areaA.toString(), String.valueOf(YEAR));
		assertThat(year).hasSize(13);
		assertThat(year.get(MARCH)).containsEntry("Meetings held", "2")
			.containsEntry("Attendees", "17")
			.containsEntry("Phone call", "2")
			.containsEntry("Text message", "1")
			.containsEntry("Email", "0")
			.containsEntry("Help request answered in Latch", "1")
			.containsEntry("All helping contacts", "4")
			.containsEntry("Latch and pain", "1");
		assertThat(year.get(YEAR + "-11")).containsEntry("In person", "1").containsEntry("All helping contacts", "1");
		assertThat(year.get(YEAR + "-06")).containsEntry("All helping contacts", "0")
			.containsEntry("Meetings held", "0");
		assertThat(year.get("Total")).containsEntry("Meetings held", "2")
			.containsEntry("Attendees", "17")
			.containsEntry("All helping contacts", "5")
			.containsEntry("Milk supply", "3");
		assertThat(rows(this.net.adminA, this.net.areaA.toString(), MARCH).get(MARCH)).isEqualTo(year.get(MARCH));

		Map<String, String> national = rows(this.net.orgAdmin, this.net.national.toString(), MARCH).get(MARCH);
		assertThat(national).containsEntry("Meetings held", "3")
			.containsEntry("Attendees", "24")
			.containsEntry("Email", "1")
			.containsEntry("All helping contacts", "5");
	}

	@Test
	void theReportPageShowsTheAreasNumbersInTheReadersLanguage() throws Exception {
		String page = this.mvc
			.perform(get("/leader/reports").with(user(this.net.adminA.email()))
				.param("scope", this.net.areaA.toString())
				.param("period", MARCH)
				.param("lang", "fr"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String marchInFrench = java.time.YearMonth.parse(MARCH)
			.format(java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", java.util.Locale.FRENCH));
		assertThat(page).contains(Html.text(this.messages, "reports.heading", "fr", "Area A", marchInFrench),
				Html.text(this.messages, "reports.meetings", "fr"),
				// meetings, attendees, then PHONE, TEXT, EMAIL, IN_PERSON, AT_MEETING,
				// ONLINE_MEETING, LATCH, and the total
				"<tr><th scope=\"row\">" + marchInFrench
						+ "</th><td>2</td><td>17</td><td>2</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td><td>4</td></tr>",
				"href=\"/leader/reports.csv?scope=" + this.net.areaA + "&amp;period=" + MARCH + "\"");
	}

	@Test
	void theCsvIsAnAttachmentWithAHeaderRowInTheReadersLanguage() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/leader/reports.csv").with(user(this.net.adminA.email()))
				.param("scope", this.net.areaA.toString())
				.param("period", String.valueOf(YEAR))
				.param("lang", "es"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("activity-area-a-" + this.net.run + "-" + YEAR + ".csv");
		List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(response.getContentAsString())).getRecords();
		assertThat(records).hasSize(14);
		assertThat(records.getFirst().toList()).startsWith("Mes", "Reuniones realizadas", "Asistentes",
				"Llamada telefónica");
		assertThat(records.getLast().get(0)).isEqualTo("Total del período");
	}

	@Test
	void unitsOutOfReachAreRefusedAndMalformedChoicesExplained() throws Exception {
		assertThat(status(this.net.leaderA1, this.net.areaB.toString(), MARCH)).isEqualTo(403);
		assertThat(status(this.net.leaderA1, this.net.groupA2.toString(), MARCH)).isEqualTo(403);
		assertThat(status(this.net.adminA, this.net.groupB1.toString(), MARCH)).isEqualTo(403);
		assertThat(status(this.net.adminA, UnitId.random().toString(), MARCH)).isEqualTo(403);
		assertThat(status(this.net.family, "me", MARCH)).isEqualTo(403);
		assertThat(this.mvc.perform(get("/leader/reports.csv").with(user(this.net.family.email())))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);

		for (String period : List.of("2026-13", "26", "1999", "<script>alert(1)</script>", "2026-1")) {
			MockHttpServletResponse page = page(this.net.adminA, this.net.areaA.toString(), period);
			assertThat(page.getStatus()).as(period).isEqualTo(422);
			assertThat(page.getContentAsString()).as(period)
				.contains("id=\"period-error\"", Html.text(this.messages, "validation.reports.period", "en"))
				.doesNotContain("<script>alert(1)</script>");
		}
		MockHttpServletResponse badScope = page(this.net.adminA, "<script>alert(1)</script>", MARCH);
		assertThat(badScope.getStatus()).isEqualTo(422);
		assertThat(badScope.getContentAsString()).contains("id=\"scope-error\"")
			.doesNotContain("<script>alert(1)</script>");
		assertThat(this.mvc
			.perform(get("/leader/reports.csv").with(user(this.net.adminA.email()))
				.param("scope", this.net.areaA.toString())
				.param("period", "last year"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
	}

	/** The CSV report's rows by their first cell, each a map of column to value. */
	private Map<String, Map<String, String>> rows(Person person, String scope, String period) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(
					get("/leader/reports.csv").with(user(person.email())).param("scope", scope).param("period", period))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(response.getContentAsString())).getRecords();
		List<String> header = records.getFirst().toList();
		Map<String, Map<String, String>> rows = new LinkedHashMap<>();
		for (CSVRecord record : records.subList(1, records.size())) {
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 1; i < header.size(); i++) {
				row.put(header.get(i), record.get(i));
			}
			rows.put(record.get(0), row);
		}
		return rows;
	}

	private MockHttpServletResponse page(Person person, String scope, String period) throws Exception {
		return this.mvc
			.perform(get("/leader/reports").with(user(person.email())).param("scope", scope).param("period", period))
			.andReturn()
			.getResponse();
	}

	private int status(Person person, String scope, String period) throws Exception {
		return page(person, scope, period).getStatus();
	}

	private static LocalDate day(int month, int day) {
		return LocalDate.of(YEAR, month, day);
	}

}
