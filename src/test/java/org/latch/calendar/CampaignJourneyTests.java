package org.latch.calendar;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.LatchWebTest;
import org.latch.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latch.calendar.CampaignForms.as;
import static org.latch.calendar.CampaignForms.privatePath;
import static org.latch.calendar.CampaignForms.register;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A campaign as people live it: an organizer sets it up with a co-host and a site of
 * three places; a family of three fills the site and gets a calendar invitation; the next
 * person waits; the family cancels from their private link and the waiting person is
 * promoted, by email.
 */
@LatchWebTest
class CampaignJourneyTests {

	private static final Duration MAIL = Duration.ofSeconds(20);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	CalendarFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new CalendarFixtures(this.context);
	}

	@Test
	void anOrganizerSetsUpACampaignAndAFullSiteMovesItsWaitlistWhenAFamilyCancels() throws Exception {
		String day = LocalDate.now(this.clock).plusDays(40).toString();
		MockHttpServletResponse created = as(this.mvc, this.fixtures.organizerAdmin,
				post("/campaigns/new").param("organizer", this.fixtures.organizer.toString())
					.param("name", "Miracle Stroll " + this.fixtures.run)
					.param("story", "We walk for donor milk.\n\nJoin us.")
					.param("storyLanguage", "en")
					.param("day", day)
					.param("zone", "America/New_York")
					.param("coHosts", this.fixtures.coHost.toString())
					.param("ouncesGoal", "5000")
					.param("virtual", "true")
					.param("published", "true"));
		assertThat(created.getStatus()).isEqualTo(302);
		String campaignPath = created.getRedirectedUrl().replace("?saved=1", "");
		String campaign = campaignPath.substring("/campaigns/".length());

		MockHttpServletResponse site = as(this.mvc, this.fixtures.organizerAdmin,
				post(campaignPath + "/sites/new").param("name", "Charles River " + this.fixtures.run)
					.param("place", "Boathouse, 1 River Road")
					.param("location", "42.3601,-71.0589")
					.param("coordinator", this.fixtures.coordinator)
					.param("startsAt", "09:30")
					.param("routeKm", "3,5")
					.param("capacity", "3")
					.param("fee", "10"));
		assertThat(site.getStatus()).isEqualTo(302);
		String siteId = site.getRedirectedUrl().replaceAll(".*/sites/([0-9a-f-]{36}).*", "$1");

		String page = this.mvc.perform(get(campaignPath).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Miracle Stroll " + this.fixtures.run, "Co-host " + this.fixtures.run,
				"Charles River " + this.fixtures.run, "3 of 3 places left", "/milk-donation?campaign=" + campaign,
				"Stroll your way");

		String family = "family-" + UUID.randomUUID() + "@stroll-" + this.fixtures.run + ".example.org";
		assertThat(register(this.mvc, campaign, siteId, "email=" + family, "people=3", "team=new",
				"teamName=Milky Way " + this.fixtures.run, "language=en")
			.getStatus()).isEqualTo(302);
		String confirmation = TestMailServer.awaitMailTo(family, MAIL);
		assertThat(confirmation).contains("Your place is confirmed", "Fee: $30.00");
		Calendar invitation = new CalendarBuilder().build(new StringReader(TestMailServer.attachmentOfLatest(family)));
		VEvent event = invitation.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
		assertThat(event.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo(day.replace("-", "") + "T093000");
		assertThat(event.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
			.isEqualTo("America/New_York");
		assertThat(invitation.getComponents("VTIMEZONE")).hasSize(1);
		assertThat(((VTimeZone) invitation.getComponent("VTIMEZONE").orElseThrow()).getTimeZoneId().getValue())
			.isEqualTo("America/New_York");
		invitation.validate();

		String waiting = "waiting-" + UUID.randomUUID() + "@stroll-" + this.fixtures.run + ".example.org";
		assertThat(register(this.mvc, campaign, siteId, "email=" + waiting, "language=es").getStatus()).isEqualTo(302);
		String waitlisted = TestMailServer.awaitMailTo(waiting, MAIL);
		assertThat(waitlisted).contains("lista de espera", "no debes nada");
		String waitingPage = this.mvc.perform(get(privatePath(waitlisted)).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(waitingPage).contains("first in line", "While you wait, you owe nothing.")
			.doesNotContain("Fee owed");

		assertThat(this.mvc.perform(post(privatePath(confirmation) + "/cancel").with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		TestMailServer.awaitCountTo(waiting, 2, MAIL);
		String promoted = TestMailServer.latestTo(waiting);
		assertThat(promoted).contains("confirmada");
		assertThat(TestMailServer.attachmentOfLatest(waiting)).contains("BEGIN:VTIMEZONE", "TZID=America/New_York");
		assertThat(this.mvc.perform(get(privatePath(waitlisted)).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Your place is confirmed", "$10.00");
		assertThat(this.mvc.perform(get(privatePath(confirmation)).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("This registration is cancelled.");
	}

	@Test
	void theVirtualStrollNeedsNoPlaceAndItsInvitationIsTheWholeDay() throws Exception {
		UUID campaign = this.fixtures.campaign(LocalDate.now(this.clock).plusDays(10));
		String walker = "virtual-" + UUID.randomUUID() + "@stroll-" + this.fixtures.run + ".example.org";

		assertThat(register(this.mvc, campaign.toString(), "virtual", "email=" + walker, "language=fr").getStatus())
			.isEqualTo(302);

		assertThat(TestMailServer.awaitMailTo(walker, MAIL)).contains("Votre place est confirmée",
				"Marchez à votre façon");
		Calendar invitation = new CalendarBuilder().build(new StringReader(TestMailServer.attachmentOfLatest(walker)));
		assertThat(invitation.getComponent("VEVENT").orElseThrow().getProperty("DTSTART").orElseThrow().getValue())
			.isEqualTo(LocalDate.now(this.clock).plusDays(10).toString().replace("-", ""));
	}

}
