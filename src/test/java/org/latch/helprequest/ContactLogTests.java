package org.latch.helprequest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.account.AccountManagement;
import org.latch.account.Person;
import org.latch.directory.DirectoryManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latch.helprequest.ContactFixtures.postAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Leaders log the help they give outside Latch in three taps (date, channel, topics) and
 * the meetings they hold; every field explains its problem; only the Leader undoes their
 * own entry, within the month. Tagged {@code persistence}: runs on H2 and PostgreSQL.
 */
@LatchWebTest
@Tag("persistence")
class ContactLogTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ContactLog log;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	ContactFixtures net;

	String today;

	@BeforeEach
	void network() {
		this.net = new ContactFixtures(this.directory, this.accounts);
		this.today = LocalDate.now(ZoneOffset.UTC).toString();
	}

	@Test
	void aLeaderLogsAPhoneCallInThreeTapsAndSeesItWithAnUndoButton() throws Exception {
		String page = this.mvc
			.perform(get("/leader/contacts").with(user(this.net.leaderA1.email())).param("lang", "es"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page)
			.contains(Html.text(this.messages, "contacts.title", "es"),
					Html.text(this.messages, "contacts.channel.PHONE", "es"),
					"name=\"date\" type=\"date\" value=\"" + this.today + "\"")
			.doesNotContain(Html.text(this.messages, "contacts.channel.LATCH", "es"));

		MvcResult logged = this.mvc
			.perform(contact(this.net.leaderA1, "date", this.today, "channel", "PHONE").param("topics", "MILK_SUPPLY",
					"PUMPING"))
			.andReturn();
		assertThat(logged.getResponse().getRedirectedUrl()).isEqualTo("/leader/contacts");

		String after = this.mvc
			.perform(get("/leader/contacts").with(user(this.net.leaderA1.email()))
				.param("lang", "es")
				.cookie(logged.getResponse().getCookie("SESSION")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(after).contains(Html.text(this.messages, "contacts.logged", "es"),
				Html.text(this.messages, "help.topic.PUMPING", "es"), Html.text(this.messages, "contacts.undo", "es"));
		assertThat(rowsOf(this.net.leaderA1)).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("channel", "PHONE")
				.containsEntry("topics", "MILK_SUPPLY,PUMPING")
				.containsEntry("group_id", this.net.groupA1.value())
				.containsEntry("area_id", this.net.areaA.value())
				.containsEntry("contact_date", java.sql.Date.valueOf(this.today)));
	}

	@Test
	void theDateProposedIsTodayInTheLeadersTimeZone() throws Exception {
		// 26 hours apart: these two zones never share a date. Encoded as time-zone.js
		// does
		// (encodeURIComponent): "+" travels as %2B.
		for (String zone : List.of("Pacific/Kiritimati", "Etc/GMT+12")) {
			String page = this.mvc
				.perform(get("/leader/contacts").with(user(this.net.leaderA1.email()))
					.cookie(new jakarta.servlet.http.Cookie("latch-tz",
							java.net.URLEncoder.encode(zone, java.nio.charset.StandardCharsets.UTF_8))))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(zone)
				.contains("name=\"date\" type=\"date\" value=\"" + LocalDate.now(java.time.ZoneId.of(zone)) + "\"");
		}
	}

	@Test
	void aLeaderOfSeveralGroupsCountsTheContactInTheGroupChosenOrTheFirstByName() throws Exception {
		Person leader = this.net.leaderA2B1;
		this.mvc.perform(contact(leader, "group", this.net.groupA2.toString()));
		this.mvc.perform(contact(leader));
		assertThat(rowsOf(leader)).extracting(row -> row.get("group_id"), row -> row.get("area_id"))
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(this.net.groupA2.value(), this.net.areaA.value()),
					org.assertj.core.groups.Tuple.tuple(this.net.groupB1.value(), this.net.areaB.value()));
	}

	@Test
	void everyFieldExplainsItsProblemNextToItAndNothingIsSaved() throws Exception {
		Person leader = this.net.leaderA1;
		String future = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
		String old = LocalDate.now(ZoneOffset.UTC).minusYears(1).minusDays(2).toString();
		assertRefused(contact(leader, "date", future), "date", "validation.contacts.date-future");
		assertRefused(contact(leader, "date", old), "date", "validation.contacts.date-old");
		assertRefused(contact(leader, "date", "22/11/2026"), "date", "validation.contacts.date");
		assertRefused(contact(leader, "topics", ""), "topics", "validation.contacts.topics");
		assertRefused(contact(leader, "channel", "PIGEON"), "channel", "validation.contacts.channel");
		assertRefused(contact(leader, "channel", "LATCH"), "channel", "validation.contacts.channel");
		assertRefused(contact(leader, "group", this.net.groupB1.toString()), "group", "validation.contacts.group");
		assertRefused(meeting(leader, "attendees", "501"), "attendees", "validation.contacts.attendees");
		assertRefused(meeting(leader, "attendees", "-1"), "attendees", "validation.contacts.attendees");
		assertRefused(meeting(leader, "meetingDate", future), "meetingDate", "validation.contacts.date-future");
		assertThat(rowsOf(leader)).isEmpty();
		assertThat(meetingsOf(leader)).isEmpty();
	}

	@Test
	void naughtyValuesInEveryFieldAreRefusedAndNeverEchoedAsMarkup() throws Exception {
		Person leader = this.net.leaderA1;
		List<String> naughty = List.of("<script>alert(1)</script>", "' OR 1=1; --", "\u0000", "../../etc/passwd",
				"\u202E2026-01-01", "１２", "1e3", "NaN", "x".repeat(5000), "😀", "00000000-0000-0000-0000-000000000000");
		for (String value : naughty) {
			for (String field : List.of("date", "channel", "topics", "group")) {
				assertClientError(contact(leader, field, value), value);
			}
			for (String field : List.of("meetingGroup", "meetingDate", "attendees")) {
				assertClientError(meeting(leader, field, value), value);
			}
			assertClientError(postAs(leader, "/leader/contacts/" + value + "/undo"), value);
			assertThat(this.mvc.perform(
					post("/leader/contacts").with(user(leader.email())).param("_csrf", value).param("date", this.today))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(403);
		}
		assertThat(rowsOf(leader)).isEmpty();
		assertThat(meetingsOf(leader)).isEmpty();
	}

	@Test
	void familiesAndAdministratorsWhoLeadNoGroupMayNotLog() throws Exception {
		for (Person person : List.of(this.net.family, this.net.adminA)) {
			assertThat(this.mvc.perform(get("/leader/contacts").with(user(person.email())))
				.andReturn()
				.getResponse()
				.getStatus()).as(person.email()).isEqualTo(403);
			assertThat(this.mvc.perform(contact(person)).andReturn().getResponse().getStatus()).isEqualTo(403);
			assertThat(this.mvc.perform(meeting(person)).andReturn().getResponse().getStatus()).isEqualTo(403);
		}
		assertThat(this.mvc.perform(get("/leader/contacts").accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/sign-in");
	}

	@Test
	void aMeetingHeldIsRecordedWithHowManyCame() throws Exception {
		MvcResult recorded = this.mvc
			.perform(meeting(this.net.leaderA2B1, "meetingGroup", this.net.groupA2.toString(), "attendees", "14"))
			.andReturn();
		assertThat(recorded.getResponse().getRedirectedUrl()).isEqualTo("/leader/contacts");
		assertThat(recorded.getFlashMap().get("flash")).isEqualTo("contacts.meeting.recorded");
		assertThat(meetingsOf(this.net.leaderA2B1)).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("attendees", 14)
				.containsEntry("group_id", this.net.groupA2.value())
				.containsEntry("area_id", this.net.areaA.value()));
	}

	@Test
	void onlyTheLeaderUndoesTheirOwnEntryWithinTheMonthAndNeverLatchsCount() throws Exception {
		Person leader = this.net.leaderA1;
		UUID mine = this.log.log(leader, LocalDate.now(ZoneOffset.UTC), ContactChannel.TEXT, Set.of(Topic.WEANING));
		UUID meeting = this.log.recordMeeting(leader, this.net.view(this.net.groupA1), LocalDate.now(ZoneOffset.UTC),
				3);
		this.log.countAnswered(leader.id(), LocalDate.now(ZoneOffset.UTC), List.of(Topic.PUMPING));
		UUID answered = this.jdbc.queryForObject(
				"select id from help_contact where leader_id = ? and channel = 'LATCH'", UUID.class, leader.id());
		UUID lastMonth = this.log.log(leader, LocalDate.now(ZoneOffset.UTC), ContactChannel.PHONE, Set.of(Topic.OTHER));
		this.jdbc.update("update help_contact set recorded_at = ? where id = ?",
				java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(40))), lastMonth);

		assertThat(status(postAs(this.net.leaderA2B1, "/leader/contacts/" + mine + "/undo"))).isEqualTo(404);
		assertThat(status(postAs(leader, "/leader/contacts/" + answered + "/undo"))).isEqualTo(404);
		assertThat(status(postAs(leader, "/leader/contacts/" + lastMonth + "/undo"))).isEqualTo(404);
		assertThat(rowsOf(leader)).hasSize(3);

		MvcResult undone = this.mvc.perform(postAs(leader, "/leader/contacts/" + mine + "/undo")).andReturn();
		assertThat(undone.getResponse().getRedirectedUrl()).isEqualTo("/leader/contacts");
		assertThat(undone.getFlashMap().get("flash")).isEqualTo("contacts.undone");
		assertThat(status(postAs(leader, "/leader/contacts/meetings/" + meeting + "/undo"))).isEqualTo(302);
		assertThat(rowsOf(leader)).extracting(row -> row.get("id")).containsExactlyInAnyOrder(answered, lastMonth);
		assertThat(meetingsOf(leader)).isEmpty();
	}

	private void assertRefused(MockHttpServletRequestBuilder request, String field, String key) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(field).isEqualTo(422);
		assertThat(response.getContentAsString()).as(field)
			.contains("id=\"" + field + "-error\"", Html.text(this.messages, key, "en"),
					Html.text(this.messages, "form.errors.heading", "en"));
	}

	private void assertClientError(MockHttpServletRequestBuilder request, String value) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(value).isBetween(400, 499);
		assertThat(response.getContentAsString()).as(value).doesNotContain("<script>alert(1)</script>");
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	/**
	 * A good contact (today, a phone call about milk supply) as {@code leader};
	 * {@code changes} are field and value pairs that replace it (an empty value sends
	 * none).
	 */
	private MockHttpServletRequestBuilder contact(Person leader, String... changes) {
		return form(postAs(leader, "/leader/contacts"),
				Map.of("date", this.today, "channel", "PHONE", "topics", "MILK_SUPPLY"), changes);
	}

	private MockHttpServletRequestBuilder meeting(Person leader, String... changes) {
		return form(postAs(leader, "/leader/contacts/meetings"), Map.of("meetingDate", this.today, "attendees", "9"),
				changes);
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> good,
			String... changes) {
		Map<String, String> fields = new java.util.LinkedHashMap<>(good);
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		fields.forEach((name, value) -> {
			if (!value.isEmpty()) {
				request.param(name, value);
			}
		});
		return request;
	}

	private List<Map<String, Object>> rowsOf(Person leader) {
		return this.jdbc.queryForList("select * from help_contact where leader_id = ?", leader.id());
	}

	private List<Map<String, Object>> meetingsOf(Person leader) {
		return this.jdbc.queryForList("select * from help_meeting_held where leader_id = ?", leader.id());
	}

}
