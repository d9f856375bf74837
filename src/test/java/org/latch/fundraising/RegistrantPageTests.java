package org.latch.fundraising;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.TestMailServer;
import org.latch.calendar.CampaignFunds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.latch.fundraising.FundSteps.as;
import static org.latch.fundraising.Walkers.page;
import static org.latch.fundraising.Walkers.press;
import static org.latch.fundraising.Walkers.privatePage;
import static org.latch.fundraising.Walkers.register;
import static org.latch.fundraising.Walkers.registration;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A registrant's fundraising page from their private registration link: they reach and
 * edit it without an account (nobody without the link can); the public campaign page
 * leads to the leaderboards and to starting a page; a giver who leaves an address is
 * thanked by email with a link to the gift and its receipt; when the registration is
 * cancelled the page closes, and its gifts stay in the totals.
 */
@org.latch.LatchWebTest
class RegistrantPageTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CampaignFunds funds;

	FundFixtures stroll;

	@BeforeEach
	void stroll() throws Exception {
		this.stroll = new FundFixtures(this.context);
		FundSteps.setUpFunding(this.mvc, this.stroll.organizer, this.stroll.campaign);
	}

	@Test
	void theRegistrantEditsTheirPageWithTheirPrivateLinkAndNobodyElseCan() throws Exception {
		String hana = register(this.mvc, this.stroll.campaign, this.stroll.riverside, "Hana Walker",
				this.stroll.address("hana"));
		String ivo = register(this.mvc, this.stroll.campaign, this.stroll.riverside, "Ivo Walker",
				this.stroll.address("ivo"));
		UUID page = pageOf(registration(this.jdbc, hana));
		pageOf(registration(this.jdbc, ivo));
		String privatePage = page(this.mvc, privatePage(hana));
		assertThat(privatePage).contains("Your fundraising page", FundPaths.page(page), "Edit your page")
			.doesNotContain("Pay the fee");
		String edit = FundPaths.edit(page) + "?key=" + hana;
		assertThat(privatePage).contains(edit);

		MockHttpServletResponse form = this.mvc.perform(get(edit)).andReturn().getResponse();
		assertThat(form.getStatus()).isEqualTo(200);
		assertThat(form.getContentAsString()).contains("name=\"key\" value=\"" + hana + "\"");
		MockHttpServletResponse bad = this.mvc
			.perform(post(FundPaths.edit(page)).with(csrf()).param("key", hana).param("title", "").param("goal", "100"))
			.andReturn()
			.getResponse();
		assertThat(bad.getStatus()).isEqualTo(422);
		assertThat(bad.getContentAsString()).contains("id=\"title-error\"");
		MockHttpServletResponse saved = this.mvc
			.perform(post(FundPaths.edit(page)).with(csrf())
				.param("key", hana)
				.param("title", "Hana walks for her twins")
				.param("story", "Donor milk fed them.")
				.param("goal", "250"))
			.andReturn()
			.getResponse();
		assertThat(saved.getRedirectedUrl()).isEqualTo(FundPaths.page(page));
		assertThat(page(this.mvc, FundPaths.page(page))).contains("Hana walks for her twins", "Donor milk fed them.");

		assertThat(this.mvc.perform(get(FundPaths.edit(page))).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/sign-in");
		assertThat(this.mvc.perform(post(FundPaths.edit(page)).with(csrf()).param("title", "No link"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(401);
		assertThat(this.mvc.perform(get(FundPaths.edit(page) + "?key=" + ivo)).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(
				this.mvc.perform(get(FundPaths.edit(page) + "?key=not-a-secret")).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(
				this.mvc.perform(post(FundPaths.edit(page)).with(csrf()).param("key", ivo).param("title", "Taken over"))
					.andReturn()
					.getResponse()
					.getStatus())
			.isEqualTo(403);
		assertThat(as(this.mvc, this.stroll.outsider, get(FundPaths.edit(page))).getStatus()).isEqualTo(403);
		assertThat(page(this.mvc, FundPaths.page(page))).doesNotContain("Taken over");
	}

	@Test
	void theCampaignPageLeadsToTheLeaderboardsAndToStartingAPage() throws Exception {
		assertThat(page(this.mvc, "/campaigns/" + this.stroll.campaign)).contains(
				FundPaths.fundraisers(this.stroll.campaign), FundPaths.start(this.stroll.campaign),
				"Start your fundraising page", "Leaderboards");
	}

	@Test
	void aCancelledRegistrationClosesItsPageAndItsGiftsStayInTheTotals() throws Exception {
		String jo = register(this.mvc, this.stroll.campaign, this.stroll.riverside, "Jo Closing",
				this.stroll.address("jo"), this.stroll.team.toString());
		UUID page = pageOf(registration(this.jdbc, jo));
		String giver = this.stroll.address("giver");
		MockHttpServletResponse wrongLanguage = as(this.mvc, this.stroll.coordinator, offlineGift(page, giver, "xx"));
		assertThat(wrongLanguage.getStatus()).isEqualTo(422);
		assertThat(wrongLanguage.getContentAsString()).contains("id=\"language-error\"");
		MockHttpServletResponse given = as(this.mvc, this.stroll.coordinator, offlineGift(page, giver, "ht"));
		assertThat(given.getStatus()).isEqualTo(302);
		String thanks = TestMailServer.awaitMailTo(giver, WAIT);
		assertThat(thanks).contains("Mèsi pou don", "Jo Closing", "CASH-" + this.stroll.run);
		String link = TestMailServer.linkIn(thanks, "/fundraising/gifts/").replaceFirst("^https?://[^/]+", "");
		assertThat(page(this.mvc, link)).contains("$40.00");
		assertThat(this.mvc.perform(get(link + "/receipt.pdf")).andReturn().getResponse().getContentType())
			.isEqualTo("application/pdf");
		UUID teamPage = this.jdbc.queryForObject("select team_page_id from fundraising_page where id = ?", UUID.class,
				page);
		assertThat(page(this.mvc, FundPaths.fundraisers(this.stroll.campaign))).contains("Jo Closing");

		assertThat(press(this.mvc, privatePage(jo) + "/cancel").getStatus()).isEqualTo(302);
		await().atMost(WAIT)
			.until(() -> this.jdbc.queryForObject("select closed_at from fundraising_page where id = ?",
					java.sql.Timestamp.class, page) != null);
		assertThat(page(this.mvc, FundPaths.fundraisers(this.stroll.campaign))).doesNotContain("Jo Closing");
		assertThat(page(this.mvc, FundPaths.page(page))).contains("This page is closed", "$40.00 raised")
			.doesNotContain(FundPaths.give(page));
		assertThat(this.mvc.perform(get(FundPaths.give(page))).andReturn().getResponse().getStatus()).isEqualTo(410);
		assertThat(page(this.mvc, FundPaths.page(teamPage))).contains("$40.00 raised");
		assertThat(this.funds.progress(this.stroll.campaign).orElseThrow().raisedCents()).isEqualTo(4000);
		assertThat(page(this.mvc, privatePage(jo))).doesNotContain("Your fundraising page");
		assertThat(this.mvc.perform(get(FundPaths.edit(page) + "?key=" + jo)).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void anOnlineGiverIsThankedByEmailOnceStripeSaysItWasPaid() throws Exception {
		FakeStripe stripe = FakeStripe.of(this.context);
		UUID page = pageOf(registration(this.jdbc, register(this.mvc, this.stroll.campaign, this.stroll.riverside,
				"Lu Walker", this.stroll.address("lu"))));
		String giver = this.stroll.address("online-giver");
		this.mvc.perform(post(FundPaths.give(page)).with(csrf())
			.param("amount", "12")
			.param("name", "Mo Giver")
			.param("email", giver)
			.param("language", "es"));
		UUID gift = this.jdbc.queryForObject("select id from fundraising_gift where page_id = ?", UUID.class, page);
		assertThat(TestMailServer.countTo(giver)).isZero();
		String session = stripe.sessionFor(gift).get("id");
		FundSteps.deliver(this.mvc,
				FundSteps.checkoutCompleted("evt_thanks_" + gift, session, 1200, "pi_thanks_" + gift),
				stripe.webhookSecret, java.time.Instant.now());
		String thanks = TestMailServer.awaitMailTo(giver, WAIT);
		assertThat(thanks).contains("Gracias por tu donación", "Lu Walker", "/fundraising/gifts/");
		FundSteps.deliver(this.mvc,
				FundSteps.checkoutCompleted("evt_thanks_" + gift, session, 1200, "pi_thanks_" + gift),
				stripe.webhookSecret, java.time.Instant.now());
		assertThat(
				this.jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class, giver))
			.isEqualTo(1);
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder offlineGift(UUID page,
			String giver, String language) {
		return post(FundPaths.gifts(this.stroll.campaign)).param("page", page.toString())
			.param("site", this.stroll.riverside.toString())
			.param("method", "CASH")
			.param("receipt", "CASH-" + this.stroll.run)
			.param("amount", "40")
			.param("name", "Kim Giver")
			.param("email", giver)
			.param("language", language);
	}

	@Test
	void aPageFollowsItsRegistrantWhenAnOrganizerMovesThemAndATeamPageTakesItsTeamsNewName() throws Exception {
		String kai = register(this.mvc, this.stroll.campaign, this.stroll.riverside, "Kai Moving",
				this.stroll.address("kai"), this.stroll.team.toString());
		UUID registration = registration(this.jdbc, kai);
		UUID page = pageOf(registration);
		UUID teamPage = this.jdbc.queryForObject("select team_page_id from fundraising_page where id = ?", UUID.class,
				page);
		assertThat(page(this.mvc, FundPaths.page(teamPage))).contains("Kai Moving");

		assertThat(as(this.mvc, this.stroll.organizer,
				post("/campaigns/" + this.stroll.campaign + "/registrations/" + registration + "/move")
					.param("site", this.stroll.hillside.toString())
					.param("team", "none"))
			.getStatus()).isEqualTo(302);

		await().atMost(WAIT)
			.until(() -> this.jdbc.queryForObject("select site_id from fundraising_page where id = ?", UUID.class,
					page), this.stroll.hillside::equals);
		assertThat(this.jdbc.queryForObject("select team_page_id from fundraising_page where id = ?", UUID.class, page))
			.as("no longer counted toward the team")
			.isNull();
		assertThat(page(this.mvc, FundPaths.page(teamPage))).doesNotContain("Kai Moving");

		assertThat(as(this.mvc, this.stroll.organizer,
				post("/campaigns/" + this.stroll.campaign + "/teams/" + this.stroll.team + "/edit").param("name",
						"Team Oat " + this.stroll.run))
			.getStatus()).isEqualTo(302);
		await().atMost(WAIT)
			.until(() -> page(this.mvc, FundPaths.page(teamPage)).contains("Team Oat " + this.stroll.run));
		assertThat(page(this.mvc, FundPaths.fundraisers(this.stroll.campaign))).contains("Team Oat " + this.stroll.run);
	}

	private UUID pageOf(UUID registration) {
		return await().atMost(WAIT)
			.until(() -> this.jdbc.queryForList("select id from fundraising_page where registration_id = ?", UUID.class,
					registration), ids -> !ids.isEmpty())
			.getFirst();
	}

}
