package org.latch.fundraising;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.latch.LatchWebTest;
import org.latch.calendar.CampaignFunds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latch.fundraising.FundSteps.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An organizer sets up what a campaign raises and for whom: shares must add up to exactly
 * 100, every field is explained when wrong, and nothing half-saved; a walker starts and
 * edits their own page, which nobody else may edit.
 */
@LatchWebTest
class FundingSetupTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	CampaignFunds funds;

	FundFixtures stroll;

	@BeforeEach
	void stroll() {
		this.stroll = new FundFixtures(this.context);
	}

	@Test
	void sharesThatDoNotAddUpToAHundredAreRefusedWithTheirSum() throws Exception {
		MockHttpServletResponse response = as(this.mvc, this.stroll.organizer, funding("b1-share", "45"));
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("The shares must add up to exactly 100%.",
				"The shares now add up to 95%.");
		assertThat(this.funds.progress(this.stroll.campaign)).isEmpty();
		assertThat(as(this.mvc, this.stroll.organizer, funding("b0-share", "55", "b1-share", "45")).getRedirectedUrl())
			.isEqualTo(FundPaths.funding(this.stroll.campaign));
		assertThat(this.funds.progress(this.stroll.campaign).orElseThrow().goalCents()).isEqualTo(250000);
		String form = as(this.mvc, this.stroll.organizer, get(FundPaths.funding(this.stroll.campaign)))
			.getContentAsString();
		assertThat(form).contains("value=\"55\"", "Milk Bank of the North Inc.");
	}

	@Test
	void everyBadFieldIsExplainedNextToItAndNothingIsSaved() throws Exception {
		String[][] bad = { { "goal", "" }, { "goal", "lots" }, { "goal", "0.5" }, { "currency", "XXX" },
				{ "b0-name", "" }, { "b0-name", "n".repeat(201) }, { "b0-legal", "" }, { "b0-tax", "" },
				{ "b0-tax", "t".repeat(1001) }, { "b0-share", "abc" }, { "b0-share", "0" }, { "b0-share", "150" },
				{ "b0-share", "50.001" }, { "b1-legal", "Bad\u0007Bell" } };
		for (String[] field : bad) {
			MockHttpServletResponse response = as(this.mvc, this.stroll.organizer, funding(field[0], field[1]));
			assertThat(response.getStatus()).as(field[0] + "=" + field[1]).isEqualTo(422);
			assertThat(response.getContentAsString()).contains("id=\"" + field[0] + "-error\"");
		}
		MockHttpServletResponse none = as(this.mvc, this.stroll.organizer,
				post(FundPaths.funding(this.stroll.campaign)).param("goal", "100").param("currency", "USD"));
		assertThat(none.getContentAsString()).contains("Please enter at least one beneficiary.");
		assertThat(this.funds.progress(this.stroll.campaign)).isEmpty();
		assertThat(as(this.mvc, this.stroll.outsider, funding()).getStatus()).isEqualTo(403);
		assertThat(as(this.mvc, this.stroll.organizer, get(FundPaths.funding(UUID.randomUUID()))).getStatus())
			.isEqualTo(404);
	}

	@Test
	void aWalkerStartsTheirOwnPageInATeamAndOnlyTheyAndOrganizersEditIt() throws Exception {
		as(this.mvc, this.stroll.organizer, funding());
		String form = as(this.mvc, this.stroll.outsider, get(FundPaths.fundraisers(this.stroll.campaign) + "/new"))
			.getContentAsString();
		assertThat(form).contains("Team Latte " + this.stroll.run);
		String team = form.replaceAll("(?s).*<option value=\"([0-9a-f-]{36})\"[^>]*>Team Latte.*", "$1");
		MockHttpServletResponse started = as(this.mvc, this.stroll.outsider,
				post(FundPaths.fundraisers(this.stroll.campaign) + "/new").param("title", "Jo walks for NICU babies")
					.param("story", "My twins were fed donor milk.")
					.param("goal", "300")
					.param("ouncesPledged", "120")
					.param("ouncesGoal", "200")
					.param("team", team));
		String page = started.getRedirectedUrl();
		assertThat(page).startsWith("/fundraising/pages/");
		String shown = this.mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
		assertThat(shown).contains("Jo walks for NICU babies", "My twins were fed donor milk.",
				"$0.00 raised of a $300.00 goal", "120 oz of milk pledged of a 200 oz goal", "Team Latte");
		String board = this.mvc.perform(get(FundPaths.fundraisers(this.stroll.campaign)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(board).contains("Jo walks for NICU babies", "Team Latte " + this.stroll.run);

		assertThat(as(this.mvc, this.stroll.coordinator, get(page + "/edit")).getStatus()).isEqualTo(403);
		assertThat(as(this.mvc, this.stroll.organizer, get(page + "/edit")).getStatus()).isEqualTo(200);
		MockHttpServletResponse bad = as(this.mvc, this.stroll.outsider,
				post(page + "/edit").param("title", "").param("goal", "300").param("ouncesPledged", "-3"));
		assertThat(bad.getStatus()).isEqualTo(422);
		assertThat(bad.getContentAsString()).contains("id=\"title-error\"", "id=\"ouncesPledged-error\"");
		assertThat(as(this.mvc, this.stroll.outsider,
				post(page + "/edit").param("title", "Jo walks again").param("goal", "400"))
			.getRedirectedUrl()).isEqualTo(page);
		assertThat(this.mvc.perform(get(page)).andReturn().getResponse().getContentAsString())
			.contains("Jo walks again", "$400.00 goal");
	}

	private MockHttpServletRequestBuilder funding(String... changes) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("goal", "2,500.00");
		fields.put("currency", "USD");
		fields.put("b0-name", "Milk Bank of the North");
		fields.put("b0-legal", "Milk Bank of the North Inc.");
		fields.put("b0-tax", "A 501(c)(3) non-profit.");
		fields.put("b0-share", "50");
		fields.put("b1-name", "NEC Society");
		fields.put("b1-legal", "NEC Society");
		fields.put("b1-tax", "A 501(c)(3) non-profit.");
		fields.put("b1-share", "50");
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(FundPaths.funding(this.stroll.campaign));
		fields.forEach(request::param);
		return request;
	}

}
