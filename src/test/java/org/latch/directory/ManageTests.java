package org.latch.directory;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.account.AccountManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Leaders edit their own group, Area Administrators everything in their area, and every
 * field of the group form explains its error next to it without saving anything.
 */
@LatchWebTest
class ManageTests {

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
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		for (String page : new String[] { "/manage", "/manage/groups/" + this.net.groupA1,
				"/manage/" + this.net.areaA + "/groups.csv" }) {
			this.mvc.perform(get(page).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/sign-in"));
		}
	}

	@Test
	void aLeaderEditsTheirOwnGroupButNoOther() throws Exception {
		this.mvc.perform(get("/manage").with(user(this.net.leaderA1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Riverside Circle")))
			.andExpect(content().string(not(containsString("Hillside Circle"))));
		this.mvc.perform(get("/manage/groups/" + this.net.groupA1).with(user(this.net.leaderA1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Riverside Circle\"")));
		this.mvc.perform(get("/manage/groups/" + this.net.groupA2).with(user(this.net.leaderA1)))
			.andExpect(status().isForbidden());
		this.mvc.perform(valid(post("/manage/groups/" + this.net.groupA2), "Taken Over").with(user(this.net.leaderA1)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/manage/groups/new").param("parent", this.net.areaA.toString()).with(user(this.net.leaderA1)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/manage/" + this.net.areaA + "/groups.csv").with(user(this.net.leaderA1)))
			.andExpect(status().isForbidden());
		assertThat(this.directory.find(this.net.groupA2).orElseThrow().name()).isEqualTo("Hillside Circle");
	}

	@Test
	void anAreaAdministratorEditsAndCreatesGroupsInTheirAreaOnly() throws Exception {
		this.mvc
			.perform(valid(post("/manage/groups/" + this.net.groupA2), "Hillside Evening Circle")
				.with(user(this.net.adminA)))
			.andExpect(redirectedUrl("/manage/groups/" + this.net.groupA2));
		assertThat(this.directory.find(this.net.groupA2).orElseThrow().name()).isEqualTo("Hillside Evening Circle");
		assertThat(this.directory.profile(this.net.groupA2).orElseThrow().website()).isEqualTo("https://example.org/");

		this.mvc.perform(get("/manage/groups/" + this.net.groupB1).with(user(this.net.adminA)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/manage/groups/new").param("parent", this.net.areaB.toString()).with(user(this.net.adminA)))
			.andExpect(status().isForbidden());

		// Post where the rendered form posts, with only its fields, as a browser does.
		String form = this.mvc
			.perform(get("/manage/groups/new").param("parent", this.net.areaA.toString()).with(user(this.net.adminA)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher action = java.util.regex.Pattern
			.compile("<form method=\"post\" action=\"(/manage/groups/new[^\"]*)\"")
			.matcher(form);
		assertThat(action.find()).isTrue();
		assertThat(form).doesNotContain("name=\"parent\"");
		String location = this.mvc
			.perform(
					valid(post(action.group(1).replace("&amp;", "&")), "Café Mamás Unidas").with(user(this.net.adminA)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UnitView created = this.directory.find(new UnitId(java.util.UUID.fromString(location.substring(15))))
			.orElseThrow();
		assertThat(created.slug()).isEqualTo("cafe-mamas-unidas");
		assertThat(created.parentId()).isEqualTo(this.net.areaA);
		this.mvc
			.perform(valid(post("/manage/groups/new").param("parent", this.net.areaA.toString()), "Café Mamás Unidas")
				.with(user(this.net.adminA)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.directory.findBySlug("cafe-mamas-unidas-2")).isPresent();
	}

	@Test
	void familiesWithoutARoleGetTheForbiddenPage() throws Exception {
		this.mvc.perform(get("/manage").with(user(this.net.family))).andExpect(status().isForbidden());
	}

	@Test
	void everyInvalidFieldIsExplainedNextToItAndNothingIsSaved() throws Exception {
		Map<String, String> wrong = Map.ofEntries(Map.entry("name", ""), Map.entry("country", "ZZ"),
				Map.entry("region", "N Y!"), Map.entry("city", "x".repeat(121)),
				Map.entry("streetAddress", "y".repeat(201)), Map.entry("postalCode", "<12>"),
				Map.entry("latitude", "ninety"), Map.entry("email", "not-an-address"), Map.entry("phone", "call me"),
				Map.entry("website", "javascript:alert(1)"), Map.entry("description-en", "z".repeat(2001)));
		Map<String, String> expected = Map.ofEntries(Map.entry("name", "validation.required"),
				Map.entry("country", "manage.validation.country"), Map.entry("region", "manage.validation.region"),
				Map.entry("city", "manage.validation.max.120"), Map.entry("streetAddress", "manage.validation.max.200"),
				Map.entry("postalCode", "manage.validation.postalCode"),
				Map.entry("latitude", "manage.validation.coordinates"), Map.entry("email", "manage.validation.email"),
				Map.entry("phone", "manage.validation.phone"), Map.entry("website", "manage.validation.website"),
				Map.entry("languages", "validation.meeting.language"),
				Map.entry("description-en", "manage.validation.max.2000"));
		MockHttpServletRequestBuilder request = post("/manage/groups/" + this.net.groupA1).with(csrf())
			.with(user(this.net.leaderA1))
			.param("languages", "xx");
		wrong.forEach(request::param);
		String page = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		expected.forEach((field, key) -> assertThat(page).as(field)
			.contains("<small id=\"" + field + "-error\" class=\"field-error\">" + Html.text(this.messages, key, "en")
					+ "</small>")
			.contains("<a href=\"#" + field + "\">"));
		assertThat(page).contains("aria-invalid=\"true\"").doesNotContain("<script>alert");
		assertThat(this.directory.find(this.net.groupA1).orElseThrow().name()).isEqualTo("Riverside Circle");
		assertThat(this.directory.profile(this.net.groupA1).orElseThrow().website()).isNull();
	}

	@Test
	void aTownThatCannotBeFoundIsExplainedUnlessCoordinatesAreGiven() throws Exception {
		this.mvc
			.perform(valid(post("/manage/groups/" + this.net.groupA1), "Riverside Circle", "city", "Qwxzvbn", "region",
					"", "postalCode", "", "latitude", "", "longitude", "")
				.with(user(this.net.leaderA1)))
			.andExpect(content().string(containsString(Html.text(this.messages, "manage.validation.place", "en"))));
		this.mvc
			.perform(valid(post("/manage/groups/" + this.net.groupA1), "Riverside Circle", "city", "Qwxzvbn",
					"latitude", "18.5", "longitude", "-72.3")
				.with(user(this.net.leaderA1)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(valid(post("/manage/groups/" + this.net.groupA1), "Riverside Circle", "city", "Boston", "region",
					"MA", "postalCode", "", "latitude", "", "longitude", "")
				.with(user(this.net.leaderA1)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/manage/groups/" + this.net.groupA1).with(user(this.net.leaderA1)))
			.andExpect(content().string(containsString("value=\"42.3")));
	}

	@Test
	void aLeaderAddsEditsReschedulesAndDeletesAMeetingChosenInWords() throws Exception {
		String location = this.mvc
			.perform(meeting(post("/manage/groups/" + this.net.groupA1 + "/meetings/new"), "pattern", "WEEKLY")
				.param("days", "TU", "TH")
				.with(user(this.net.leaderA1)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		MeetingId id = new MeetingId(java.util.UUID.fromString(location.substring("/manage/meetings/".length())));
		assertThat(this.meetings.find(id).orElseThrow().rrule()).isEqualTo("FREQ=WEEKLY;BYDAY=TU,TH");
		this.mvc.perform(get("/manage/groups/" + this.net.groupA1 + "/meetings/new").with(user(this.net.leaderA1)))
			.andExpect(content().string(containsString("<option value=\"America/New_York\" selected>")));

		this.mvc.perform(get(location).with(user(this.net.leaderA1)))
			.andExpect(content()
				.string(containsString("id=\"pattern-weekly\" name=\"pattern\" value=\"WEEKLY\" checked")));
		this.mvc.perform(meeting(post(location), "nth", "-1", "weekday", "FR").with(user(this.net.leaderA1)))
			.andExpect(redirectedUrl(location));
		assertThat(this.meetings.find(id).orElseThrow().rrule()).isEqualTo("FREQ=MONTHLY;BYDAY=-1FR");

		this.mvc
			.perform(post(location + "/cancel").with(csrf()).param("date", "2027-01-29").with(user(this.net.leaderA1)))
			.andExpect(redirectedUrl(location));
		this.mvc
			.perform(post(location + "/cancel").with(csrf()).param("date", "2027-01-28").with(user(this.net.leaderA1)))
			.andExpect(content().string(containsString(Html.text(this.messages, "validation.meeting.cancel", "en"))));
		this.mvc
			.perform(post(location + "/extra").with(csrf())
				.param("date", "2027-02-03")
				.param("time", "18:00")
				.with(user(this.net.leaderA1)))
			.andExpect(redirectedUrl(location));
		MeetingView changed = this.meetings.find(id).orElseThrow();
		assertThat(changed.cancelledDates()).containsExactly(LocalDate.of(2027, 1, 29));
		assertThat(changed.extraDates()).containsExactly(LocalDate.of(2027, 2, 3).atTime(18, 0));

		this.mvc.perform(post(location + "/delete").with(csrf()).with(user(this.net.adminA)))
			.andExpect(redirectedUrl("/manage/groups/" + this.net.groupA1));
		assertThat(this.meetings.find(id)).isEmpty();
	}

	@Test
	void aWrongMeetingIsExplainedFieldByFieldAndNotSaved() throws Exception {
		String page = this.mvc
			.perform(meeting(post("/manage/groups/" + this.net.groupA1 + "/meetings/new"), "pattern", "WEEKLY",
					"firstDate", "31/02/2027", "startTime", "25:99")
				.with(user(this.net.leaderA1)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page)
			.contains("id=\"pattern-error\" class=\"field-error\">"
					+ Html.text(this.messages, "manage.validation.days", "en"))
			.contains("id=\"firstDate-error\" class=\"field-error\">"
					+ Html.text(this.messages, "manage.validation.date", "en"))
			.contains("id=\"startTime-error\" class=\"field-error\">"
					+ Html.text(this.messages, "manage.validation.time", "en"));
		String zone = this.mvc
			.perform(meeting(post("/manage/groups/" + this.net.groupA1 + "/meetings/new"), "timeZone", "Mars/Olympus")
				.with(user(this.net.leaderA1)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(zone).contains("id=\"timeZone-error\" class=\"field-error\">"
				+ Html.text(this.messages, "validation.meeting.zone", "en"));
		String duration = this.mvc
			.perform(meeting(post("/manage/groups/" + this.net.groupA1 + "/meetings/new"), "duration", "5")
				.with(user(this.net.leaderA1)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(duration).contains("id=\"duration-error\" class=\"field-error\">"
				+ Html.text(this.messages, "validation.meeting.duration", "en"));
		assertThat(this.meetings.meetingsOf(this.net.groupA1)).isEmpty();
		this.mvc
			.perform(
					meeting(post("/manage/groups/" + this.net.groupB1 + "/meetings/new")).with(user(this.net.leaderA1)))
			.andExpect(status().isForbidden());
		assertThat(this.meetings.meetingsOf(this.net.groupB1)).isEmpty();
	}

	/** A valid group form; {@code changes} replace fields as name/value pairs. */
	@Test
	void anAreaAdministratorKeepsTheAreasProfileButNoOtherUnitsAndNoLeaderDoes() throws Exception {
		String page = "/manage/units/" + this.net.areaA;
		this.mvc.perform(get("/manage").with(user(this.net.adminA)))
			.andExpect(content().string(containsString("href=\"" + page + "\"")));
		this.mvc
			.perform(post(page).with(user(this.net.adminA))
				.with(csrf())
				.param("email", "area@example.org")
				.param("website", "https://area.example.org/")
				.param("description-es", "Grupos de apoyo en toda el área.")
				.param("description-ht", "Gwoup sipò nan tout zòn nan."))
			.andExpect(redirectedUrl(page));
		this.mvc.perform(get(page).with(user(this.net.adminA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"area@example.org\"")))
			.andExpect(content().string(containsString("Gwoup sipò nan tout zòn nan.")));
		assertThat(this.directory.profile(this.net.areaA)).get()
			.satisfies(profile -> assertThat(profile.descriptions()).containsEntry("es",
					"Grupos de apoyo en toda el área."));

		this.mvc
			.perform(post(page).with(user(this.net.adminA))
				.with(csrf())
				.param("email", "not an address")
				.param("description-fr", "x".repeat(2001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<small id=\"email-error\" class=\"field-error\">")))
			.andExpect(content().string(containsString("<small id=\"description-fr-error\" class=\"field-error\">")));
		assertThat(this.directory.profile(this.net.areaA)).get()
			.satisfies(profile -> assertThat(profile.email()).isEqualTo("area@example.org"));

		this.mvc.perform(get("/manage/units/" + this.net.areaB).with(user(this.net.adminA)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(page).with(user(this.net.leaderA1)).with(csrf()).param("email", "taken@example.org"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/manage/units/" + this.net.groupA1).with(user(this.net.adminA)))
			.andExpect(status().isNotFound());
	}

	private static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String name,
			String... changes) {
		Map<String, String> fields = new java.util.LinkedHashMap<>(Map.ofEntries(Map.entry("name", name),
				Map.entry("country", "US"), Map.entry("region", "NY"), Map.entry("city", "Albany"),
				Map.entry("streetAddress", "12 State Street"), Map.entry("postalCode", "12207"),
				Map.entry("latitude", "42.65"), Map.entry("longitude", "-73.75"),
				Map.entry("email", "circle@example.org"), Map.entry("phone", "+1 (518) 555-0100"),
				Map.entry("website", "https://example.org/"), Map.entry("description-en", "We meet in the library."),
				Map.entry("description-es", "Nos reunimos en la biblioteca.")));
		for (int i = 0; i + 1 < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		fields.forEach(request::param);
		return request.with(csrf()).param("languages", "en", "es");
	}

	/** A valid meeting form; {@code changes} replace fields as name/value pairs. */
	private static MockHttpServletRequestBuilder meeting(MockHttpServletRequestBuilder request, String... changes) {
		Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("title", "Evening circle", "pattern",
				"MONTHLY", "nth", "2", "weekday", "TU", "firstDate", "2027-01-01", "startTime", "18:30", "duration",
				"90", "timeZone", "America/New_York", "format", "HYBRID"));
		for (int i = 0; i + 1 < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		fields.forEach(request::param);
		return request.with(csrf())
			.param("languages", "en", "es")
			.param("audiences", "EXPECTING", "PARTNERS_WELCOME")
			.param("accessibility", "STEP_FREE");
	}

}
