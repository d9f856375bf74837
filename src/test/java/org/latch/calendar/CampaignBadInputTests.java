package org.latch.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.LatchWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latch.calendar.CampaignForms.as;
import static org.latch.calendar.CampaignForms.fill;
import static org.latch.calendar.CampaignForms.register;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every field of the registration, campaign and site forms tried with a bad value: the
 * page comes back (422) with the translated message next to the field, and nothing is
 * saved. Addresses that lead nowhere are 400, 404 or 410, never a 500.
 */
@LatchWebTest
class CampaignBadInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	CalendarFixtures fixtures;

	UUID campaign;

	UUID site;

	@BeforeEach
	void setUp() {
		this.fixtures = new CalendarFixtures(this.context);
		this.campaign = this.fixtures.campaign(LocalDate.now(this.clock).plusDays(30));
		this.site = this.fixtures.site(this.campaign, 10, null);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "site=elsewhere|site|Choose a site of this campaign",
			"team=" + "0b0b0b0b-0000-4000-8000-000000000000|team|Choose no team, a new team",
			"team=new|teamName|Name your new team.", "name=|name|Tell us your name.",
			"name=" + "Averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongname|name|Use up to 80",
			"email=not-an-address|email|This is not an email address", "email=|email|Give an email address.",
			"language=xx|language|Choose one of the languages", "people=0|people|Give a whole number from 1 to 10.",
			"people=11|people|Give a whole number from 1 to 10.", "people=two|people|Give a whole number from 1 to 10.",
			"consent=|consent|Agree to this to register." })
	void aBadRegistrationFieldIsExplainedNextToItAndNothingIsSaved(String change, String field, String message)
			throws Exception {
		String site = change.startsWith("site=") ? change.substring(5) : this.site.toString();
		MockHttpServletResponse response = register(this.mvc, this.campaign.toString(), site, change,
				"language=" + (change.startsWith("language=") ? change.substring(9) : "en"));

		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("id=\"" + field + "-error\"", message);
		assertThat(registrations()).isZero();
	}

	@Test
	void aTeamNameAlreadyTakenIsExplainedWhateverItsCase() throws Exception {
		register(this.mvc, this.campaign.toString(), this.site.toString(), "team=new", "teamName=Milk Runners",
				"language=en");

		MockHttpServletResponse response = register(this.mvc, this.campaign.toString(), this.site.toString(),
				"team=new", "teamName=  milk   RUNNERS ", "language=en");

		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("A team already has this name");
		assertThat(registrations()).isEqualTo(1);
	}

	@Test
	void addressesThatLeadNowhereAreNeverAServerError() throws Exception {
		assertThat(status(get("/campaigns/" + UUID.randomUUID()))).isEqualTo(404);
		assertThat(status(get("/campaigns/not-a-uuid"))).isEqualTo(400);
		assertThat(status(get("/campaigns/" + this.campaign + "/sites/" + UUID.randomUUID()))).isEqualTo(404);
		assertThat(status(get("/campaigns/registrations/too-short"))).isEqualTo(404);
		assertThat(status(post("/campaigns/registrations/AAAAAAAAAAAAAAAAAAAAAA/cancel").with(csrf()))).isEqualTo(404);
		assertThat(status(post("/campaigns/" + this.campaign + "/register").with(csrf()).param("site", "virtual")))
			.isEqualTo(400);
		UUID past = this.fixtures.campaign(LocalDate.now(this.clock).minusDays(2));
		assertThat(status(get("/campaigns/" + past + "/register"))).isEqualTo(410);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "name=|name|Name the campaign.", "story=|story|Tell the campaign",
					"day=2020-01-01|day|This day is already past.", "day=24/04/2027|day|Give a date such as",
					"zone=Mars/Olympus|zone|Choose a time zone from the list.",
					"zone=US/Eastern|zone|Choose a time zone from the list.",
					"storyLanguage=xx|storyLanguage|Choose the language the story is written in.",
					"story-en=Same language|story-en|This is the story’s own language",
					"coHosts=0b0b0b0b-0000-4000-8000-000000000000|coHosts|Choose co-hosts",
					"ouncesGoal=-5|ouncesGoal|Give a whole number of ounces",
					"sponsors=0b0b0b0b-0000-4000-8000-000000000000|sponsors|Choose sponsors among those listed",
					"organizer=0b0b0b0b-0000-4000-8000-000000000000|organizer|Choose an organization you administer" })
	void aBadCampaignFieldIsExplainedAndNoCampaignIsCreated(String change, String field, String message)
			throws Exception {
		long before = count("calendar_campaign");
		String[] defaults = { "organizer=" + this.fixtures.organizer, "name=Stroll", "story=Why", "storyLanguage=en",
				"day=" + LocalDate.now(this.clock).plusDays(60), "zone=America/Chicago", "ouncesGoal=100" };

		MockHttpServletResponse response = as(this.mvc, this.fixtures.organizerAdmin,
				fill(post("/campaigns/new").header("Accept-Language", "en"), defaults, change));

		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("id=\"" + field + "-error\"", message);
		assertThat(count("calendar_campaign")).isEqualTo(before);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "name=|name|Name the site.", "place=|place|Say where walkers meet.",
			"location=Zzyzxqwv Nowhere|location|We could not find this place",
			"coordinator=nobody@nowhere.example.org|coordinator|No Latch account has this address.",
			"startsAt=25:00|startsAt|Give a time such as", "routeKm=0|routeKm|Give a length from 0.1 to 100",
			"capacity=0|capacity|Give a whole number from 1 to 10,000.",
			"capacity=lots|capacity|Give a whole number from 1 to 10,000.", "fee=12.345|fee|Give an amount from 0.01" })
	void aBadSiteFieldIsExplainedAndNoSiteIsAdded(String change, String field, String message) throws Exception {
		long before = count("calendar_site");
		String[] defaults = { "name=Park", "place=Gate", "location=Boston, MA", "coordinator=", "startsAt=09:00",
				"routeKm=3", "capacity=20", "fee=" };

		MockHttpServletResponse response = as(this.mvc, this.fixtures.organizerAdmin, fill(
				post("/campaigns/" + this.campaign + "/sites/new").header("Accept-Language", "en"), defaults, change));

		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("id=\"" + field + "-error\"", message);
		assertThat(count("calendar_site")).isEqualTo(before);
	}

	private long registrations() {
		return this.jdbc.queryForObject("select count(*) from calendar_registration where campaign_id = ?", Long.class,
				this.campaign);
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
