package org.latch.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.LatchWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latch.calendar.CampaignForms.as;
import static org.latch.calendar.CampaignForms.register;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may run what: another organization's administrator and families get 403 on set-up
 * and exports; a coordinator edits and exports their own site only (and cannot change its
 * coordinator); a draft is invisible to the public.
 */
@LatchWebTest
class CampaignAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

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

	@Test
	void onlyTheOrganizersSetUpTheCampaign() throws Exception {
		assertThat(as(this.mvc, this.fixtures.otherAdmin, get("/campaigns/" + this.campaign + "/edit")).getStatus())
			.isEqualTo(403);
		assertThat(as(this.mvc, this.fixtures.otherAdmin, post("/campaigns/" + this.campaign + "/edit")).getStatus())
			.isEqualTo(403);
		assertThat(as(this.mvc, this.fixtures.family, get("/campaigns/new")).getStatus()).isEqualTo(403);
		assertThat(
				as(this.mvc, this.fixtures.coordinator, get("/campaigns/" + this.campaign + "/sites/new")).getStatus())
			.isEqualTo(403);
		assertThat(as(this.mvc, this.fixtures.family, get("/campaigns/" + this.campaign + "/registrations.csv"))
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(get("/campaigns/new").accept("text/html"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).contains("/sign-in");
		assertThat(as(this.mvc, this.fixtures.organizerAdmin, get("/campaigns/" + this.campaign + "/edit")).getStatus())
			.isEqualTo(200);
		assertThat(as(this.mvc, this.fixtures.platformAdmin, get("/campaigns/" + this.campaign + "/edit")).getStatus())
			.isEqualTo(200);
	}

	@Test
	void aCoordinatorEditsAndExportsTheirOwnSiteOnly() throws Exception {
		UUID other = this.fixtures.site(this.campaign, 10, null);
		this.context.getBean(CampaignSetup.class)
			.changeSite(other, CalendarFixtures.site("Other park", 10, null, null));
		register(this.mvc, this.campaign.toString(), this.site.toString(), "name==HYPERLINK(\"x\")",
				"email=mine@example.org", "language=en");
		register(this.mvc, this.campaign.toString(), other.toString(), "name=Not Yours", "email=other@example.org",
				"language=en");

		MockHttpServletResponse csv = as(this.mvc, this.fixtures.coordinator,
				get("/campaigns/" + this.campaign + "/sites/" + this.site + "/registrations.csv"));
		assertThat(csv.getStatus()).isEqualTo(200);
		assertThat(csv.getContentAsString()).startsWith("reference,status,site,team,name,email")
			.contains("'=HYPERLINK", "mine@example.org")
			.doesNotContain("other@example.org");
		assertThat(as(this.mvc, this.fixtures.coordinator,
				get("/campaigns/" + this.campaign + "/sites/" + other + "/registrations.csv"))
			.getStatus()).isEqualTo(403);
		assertThat(as(this.mvc, this.fixtures.coordinator,
				get("/campaigns/" + this.campaign + "/sites/" + other + "/edit"))
			.getStatus()).isEqualTo(403);
		assertThat(as(this.mvc, this.fixtures.organizerAdmin, get("/campaigns/" + this.campaign + "/registrations.csv"))
			.getContentAsString()).contains("mine@example.org", "other@example.org");

		MockHttpServletResponse edited = as(this.mvc, this.fixtures.coordinator,
				post("/campaigns/" + this.campaign + "/sites/" + this.site + "/edit").param("name", "Renamed park")
					.param("place", "Gate 2")
					.param("location", "42.36,-71.06")
					.param("coordinator", this.fixtures.family)
					.param("startsAt", "10:00")
					.param("routeKm", "4")
					.param("capacity", "12")
					.param("fee", ""));
		assertThat(edited.getStatus()).isEqualTo(302);
		assertThat(this.context.getBean(Campaigns.class).site(this.site).orElseThrow())
			.satisfies(site -> assertThat(site.name()).isEqualTo("Renamed park"))
			.satisfies(site -> assertThat(site.coordinator()).isEqualTo(this.fixtures.coordinatorId));
	}

	@Test
	void aDraftIsOnlyShownToItsOrganizers() throws Exception {
		CampaignSetup setup = this.context.getBean(CampaignSetup.class);
		CampaignDetails details = setup.details(this.campaign).orElseThrow();
		setup.change(this.campaign, new CampaignDetails(details.name(), details.story(), details.day(), details.zone(),
				details.coHosts(), details.ouncesGoal(), details.virtualOption(), details.sponsors(), false));

		assertThat(this.mvc.perform(get("/campaigns/" + this.campaign)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.mvc.perform(get("/campaigns/" + this.campaign + "/register"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(as(this.mvc, this.fixtures.organizerAdmin, get("/campaigns/" + this.campaign)).getContentAsString())
			.contains("only its organizers see this page");
	}

}
