package org.latch.calendar;

import java.time.Clock;
import java.time.Duration;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.LatchWebTest;
import org.latch.TestMailServer;
import org.latch.platform.PrivateLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latch.calendar.CampaignForms.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Organizers rename teams and move registrations between teams and sites: a site without
 * room is refused with the reason next to the field and nothing changes, the place left
 * behind goes to the next person waiting, and other modules hear of the move. Anyone else
 * gets 403.
 */
@LatchWebTest
@RecordApplicationEvents
class TeamMoveTests {

	private static final Duration MAIL = Duration.ofSeconds(20);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Registrations registrations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Clock clock;

	CalendarFixtures fixtures;

	UUID campaign;

	UUID full;

	UUID roomy;

	@BeforeEach
	void setUp() {
		this.fixtures = new CalendarFixtures(this.context);
		this.campaign = this.fixtures.campaign(LocalDate.now(this.clock).plusDays(30));
		this.full = this.fixtures.site(this.campaign, 2, null);
		this.roomy = this.context.getBean(CampaignSetup.class)
			.addSite(this.campaign, CalendarFixtures.site("Hilltop " + this.fixtures.run, 10, 500, null));
	}

	@Test
	void movingAConfirmedPartyToASiteWithRoomGivesItsOldPlaceToTheFirstInLine() throws Exception {
		Registration moving = register(this.full, "moving", "en", 2, "Walkers " + this.fixtures.run);
		Registration waiting = register(this.full, "waiting", "es", 1, null);
		UUID team = moving.teamId();

		MockHttpServletResponse moved = move(this.fixtures.organizerAdmin, moving.id(), this.roomy.toString(), "none");

		assertThat(moved.getStatus()).isEqualTo(302);
		assertThat(moved.getRedirectedUrl()).endsWith("/teams?done=moved");
		assertThat(status(moving.id())).isEqualTo("CONFIRMED");
		assertThat(this.jdbc.queryForObject("select fee_owed_cents from calendar_registration where id = ?",
				Integer.class, moving.id()))
			.as("the new site's fee for two")
			.isEqualTo(1000);
		assertThat(status(waiting.id())).isEqualTo("CONFIRMED");
		assertThat(taken(this.full)).isEqualTo(1);
		assertThat(taken(this.roomy)).isEqualTo(2);
		assertThat(this.events.stream(RegistrationMoved.class))
			.contains(new RegistrationMoved(moving.id(), this.campaign, this.roomy, null));
		TestMailServer.awaitCountTo(waiting.email(), 2, MAIL);
		assertThat(TestMailServer.latestTo(waiting.email())).contains("confirmada");
		TestMailServer.awaitCountTo(moving.email(), 2, MAIL);
		assertThat(TestMailServer.latestTo(moving.email())).contains("changed your registration",
				"Hilltop " + this.fixtures.run);
		assertThat(TestMailServer.attachmentOfLatest(moving.email())).contains("BEGIN:VEVENT");
		assertThat(team).isNotNull();
		assertThat(as(this.mvc, this.fixtures.organizerAdmin, get("/campaigns/" + this.campaign + "/teams"))
			.getContentAsString()).contains("Walkers " + this.fixtures.run, "no registrations", moving.reference());
	}

	@Test
	void aSiteWithoutRoomOrWithPeopleWaitingIsRefusedAndNothingChanges() throws Exception {
		register(this.full, "holder", "en", 2, null);
		register(this.full, "waiting", "en", 1, null);
		Registration elsewhere = register(this.roomy, "elsewhere", "en", 1, null);

		MockHttpServletResponse refused = move(this.fixtures.organizerAdmin, elsewhere.id(), this.full.toString(),
				"none");

		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("id=\"site-error\"", "This site has no room");
		assertThat(this.jdbc.queryForObject("select site_id from calendar_registration where id = ?", UUID.class,
				elsewhere.id()))
			.isEqualTo(this.roomy);
		assertThat(taken(this.full)).isEqualTo(2);
		assertThat(taken(this.roomy)).isEqualTo(1);
	}

	@Test
	void aWaitingPartyMovedToTheVirtualStrollHoldsAPlaceAndTheLineBehindItMovesUp() throws Exception {
		register(this.full, "holder", "en", 2, null);
		Registration head = register(this.full, "head", "en", 1, null);
		Registration behind = register(this.full, "behind", "fr", 1, null);

		assertThat(move(this.fixtures.organizerAdmin, head.id(), "virtual", "none").getStatus()).isEqualTo(302);

		assertThat(status(head.id())).isEqualTo("CONFIRMED");
		assertThat(this.jdbc.queryForObject("select site_id from calendar_registration where id = ?", UUID.class,
				head.id()))
			.isNull();
		assertThat(this.events.stream(RegistrationConfirmed.class))
			.anyMatch(event -> event.registration().equals(head.id()));
		TestMailServer.awaitCountTo(behind.email(), 2, MAIL);
		assertThat(TestMailServer.latestTo(behind.email())).contains("Vous êtes maintenant numéro 1");
	}

	@Test
	void anOrganizerMovesARegistrationToAnotherTeamAndRenamesTeamsWithFreeNamesOnly() throws Exception {
		Registration first = register(this.roomy, "first", "en", 1, "Milk Runners " + this.fixtures.run);
		Registration second = register(this.roomy, "second", "en", 1, "Night Owls " + this.fixtures.run);

		assertThat(move(this.fixtures.organizerAdmin, second.id(), this.roomy.toString(), first.teamId().toString())
			.getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select team_id from calendar_registration where id = ?", UUID.class,
				second.id()))
			.isEqualTo(first.teamId());

		MockHttpServletResponse taken = rename(first.teamId(), "  night   OWLS " + this.fixtures.run);
		assertThat(taken.getStatus()).isEqualTo(422);
		assertThat(taken.getContentAsString()).contains("id=\"name-error\"", "Another team of this campaign");
		assertThat(rename(first.teamId(), "").getContentAsString()).contains("Name the team.");

		assertThat(rename(first.teamId(), "Milk Makers " + this.fixtures.run).getStatus()).isEqualTo(302);
		assertThat(this.context.getBean(Campaigns.class).teams(this.campaign)).extracting(TeamSummary::name)
			.contains("Milk Makers " + this.fixtures.run, "Night Owls " + this.fixtures.run);
		assertThat(this.events.stream(TeamRenamed.class))
			.contains(new TeamRenamed(first.teamId(), this.campaign, "Milk Makers " + this.fixtures.run));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "elsewhere|none|site|Choose a site of this campaign",
			"ROOMY|0b0b0b0b-0000-4000-8000-000000000000|team|Choose no team or one of the teams listed." })
	void aBadMoveFieldIsExplainedNextToItAndNothingChanges(String site, String team, String field, String message)
			throws Exception {
		Registration registration = register(this.full, "bad", "en", 1, null);

		MockHttpServletResponse response = move(this.fixtures.organizerAdmin, registration.id(),
				site.equals("ROOMY") ? this.roomy.toString() : site, team);

		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("id=\"" + field + "-error\"", message);
		assertThat(this.jdbc.queryForObject("select site_id from calendar_registration where id = ?", UUID.class,
				registration.id()))
			.isEqualTo(this.full);
	}

	@Test
	void onlyTheOrganizersSeeTeamsRenameThemAndMoveRegistrations() throws Exception {
		Registration registration = register(this.full, "mine", "en", 1, "Team " + this.fixtures.run);
		String teams = "/campaigns/" + this.campaign + "/teams";
		String renaming = teams + "/" + registration.teamId() + "/edit";
		String moving = "/campaigns/" + this.campaign + "/registrations/" + registration.id() + "/move";
		for (String who : new String[] { this.fixtures.otherAdmin, this.fixtures.coordinator, this.fixtures.family }) {
			assertThat(as(this.mvc, who, get(teams)).getStatus()).as(who).isEqualTo(403);
			assertThat(as(this.mvc, who, get(renaming)).getStatus()).as(who).isEqualTo(403);
			assertThat(as(this.mvc, who, post(renaming).param("name", "Taken over")).getStatus()).as(who)
				.isEqualTo(403);
			assertThat(as(this.mvc, who, get(moving)).getStatus()).as(who).isEqualTo(403);
			assertThat(as(this.mvc, who, post(moving).param("site", "virtual").param("team", "none")).getStatus())
				.as(who)
				.isEqualTo(403);
		}
		assertThat(this.mvc.perform(get(teams).accept("text/html")).andReturn().getResponse().getRedirectedUrl())
			.contains("/sign-in");
		assertThat(as(this.mvc, this.fixtures.organizerAdmin, get(teams)).getStatus()).isEqualTo(200);
		assertThat(as(this.mvc, this.fixtures.platformAdmin, get(moving)).getStatus()).isEqualTo(200);
		assertThat(as(this.mvc, this.fixtures.organizerAdmin, get(renaming)).getStatus()).isEqualTo(200);
		assertThat(status(registration.id())).isEqualTo("CONFIRMED");
	}

	@Test
	void whatCannotBeMovedOrRenamedIsNotFoundNeverAServerError() throws Exception {
		String secret = PrivateLinks.newSecret();
		Registration cancelled = this.registrations.register(this.campaign, this.roomy, TeamChoice.NONE,
				new Entrant("Gone", "gone@example.org", "en", 1), secret);
		this.registrations.cancel(secret);
		String base = "/campaigns/" + this.campaign;

		assertThat(as(this.mvc, this.fixtures.organizerAdmin, get(base + "/registrations/" + cancelled.id() + "/move"))
			.getStatus()).isEqualTo(404);
		assertThat(move(this.fixtures.organizerAdmin, cancelled.id(), this.roomy.toString(), "none").getStatus())
			.isEqualTo(404);
		assertThat(
				as(this.mvc, this.fixtures.organizerAdmin, get(base + "/registrations/" + UUID.randomUUID() + "/move"))
					.getStatus())
			.isEqualTo(404);
		assertThat(as(this.mvc, this.fixtures.organizerAdmin, get(base + "/teams/" + UUID.randomUUID() + "/edit"))
			.getStatus()).isEqualTo(404);
		assertThat(as(this.mvc, this.fixtures.organizerAdmin, get(base + "/registrations/not-an-id/move")).getStatus())
			.isEqualTo(400);
		assertThat(as(this.mvc, this.fixtures.organizerAdmin, get("/campaigns/" + UUID.randomUUID() + "/teams"))
			.getStatus()).isEqualTo(404);
	}

	private Registration register(UUID site, String who, String language, int people, String team) {
		String email = who + "-" + UUID.randomUUID() + "@move-" + this.fixtures.run + ".example.org";
		Registration registration = this.registrations.register(this.campaign, site,
				(team == null) ? TeamChoice.NONE : TeamChoice.create(team), new Entrant(who, email, language, people),
				PrivateLinks.newSecret());
		TestMailServer.awaitCountTo(email, 1, MAIL);
		return registration;
	}

	private MockHttpServletResponse move(String who, UUID registration, String site, String team) throws Exception {
		return as(this.mvc, who,
				post("/campaigns/" + this.campaign + "/registrations/" + registration + "/move")
					.header("Accept-Language", "en")
					.param("site", site)
					.param("team", team));
	}

	private MockHttpServletResponse rename(UUID team, String name) throws Exception {
		return as(this.mvc, this.fixtures.organizerAdmin,
				post("/campaigns/" + this.campaign + "/teams/" + team + "/edit").header("Accept-Language", "en")
					.param("name", name));
	}

	private String status(UUID registration) {
		return this.jdbc.queryForObject("select status from calendar_registration where id = ?", String.class,
				registration);
	}

	private int taken(UUID site) {
		return this.jdbc.queryForObject("select taken from calendar_site where id = ?", Integer.class, site);
	}

}
