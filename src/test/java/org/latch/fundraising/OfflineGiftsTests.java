package org.latch.fundraising;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.latch.LatchWebTest;
import org.latch.calendar.CampaignFunds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latch.fundraising.FundSteps.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Coordinators enter cash and checks for their own site with the paper receipt's number;
 * organizers see every gift, refund offline gifts and export them; nobody else sees any.
 */
@LatchWebTest
class OfflineGiftsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CampaignFunds funds;

	@Autowired
	Fundraisers fundraisers;

	FundFixtures stroll;

	UUID page;

	@BeforeEach
	void stroll() throws Exception {
		this.stroll = new FundFixtures(this.context);
		FundSteps.setUpFunding(this.mvc, this.stroll.organizer, this.stroll.campaign);
		this.page = this.fundraisers.open(this.stroll.registration("Gil Walker", true)).orElseThrow().id();
	}

	@Test
	void aCoordinatorRecordsCashAndAnOrganizerRefundsPartOfIt() throws Exception {
		assertThat(offline(this.stroll.coordinator, Map.of()).getRedirectedUrl())
			.isEqualTo(FundPaths.gifts(this.stroll.campaign));
		assertThat(this.funds.progress(this.stroll.campaign).orElseThrow().raisedCents()).isEqualTo(4000);
		String list = as(this.mvc, this.stroll.coordinator, get(FundPaths.gifts(this.stroll.campaign)))
			.getContentAsString();
		assertThat(list).contains("R-0001", "Hal Cash", "$40.00").doesNotContain("/refund\"");

		MockHttpServletResponse again = offline(this.stroll.coordinator, Map.of("name", "Someone Else"));
		assertThat(again.getStatus()).isEqualTo(422);
		assertThat(again.getContentAsString()).contains("This receipt number is already recorded in this campaign.");

		UUID gift = this.jdbc.queryForObject("select id from fundraising_gift where campaign_id = ?", UUID.class,
				this.stroll.campaign);
		String refund = FundPaths.refund(this.stroll.campaign, gift);
		assertThat(as(this.mvc, this.stroll.coordinator, get(refund)).getStatus()).isEqualTo(403);
		MockHttpServletResponse tooMuch = as(this.mvc, this.stroll.organizer,
				post(refund).param("amount", "40.01").param("reason", "Counted twice"));
		assertThat(tooMuch.getStatus()).isEqualTo(422);
		assertThat(tooMuch.getContentAsString()).contains("This is more than the gift still holds.");
		assertThat(
				as(this.mvc, this.stroll.organizer, post(refund).param("amount", "15").param("reason", "Counted twice"))
					.getRedirectedUrl())
			.isEqualTo(FundPaths.gifts(this.stroll.campaign));
		assertThat(this.funds.progress(this.stroll.campaign).orElseThrow().raisedCents()).isEqualTo(2500);
		assertThat(this.mvc.perform(get(FundPaths.page(this.page))).andReturn().getResponse().getContentAsString())
			.contains("$25.00 raised");
	}

	@Test
	void aCoordinatorKeepsOnlyTheirSiteAndOutsidersNone() throws Exception {
		offline(this.stroll.coordinator, Map.of());
		offline(this.stroll.otherCoordinator,
				Map.of("site", this.stroll.hillside.toString(), "receipt", "H-7", "name", "Ivy Check"));
		MockHttpServletResponse wrongSite = offline(this.stroll.coordinator,
				Map.of("site", this.stroll.hillside.toString(), "receipt", "R-0002"));
		assertThat(wrongSite.getStatus()).isEqualTo(422);
		assertThat(wrongSite.getContentAsString()).contains("id=\"site-error\"");

		String own = as(this.mvc, this.stroll.coordinator, get(FundPaths.gifts(this.stroll.campaign) + ".csv"))
			.getContentAsString();
		assertThat(own).startsWith("receipt_number,completed_at,method,amount").contains("Hal Cash");
		assertThat(own).doesNotContain("Ivy Check");
		String all = as(this.mvc, this.stroll.organizer, get(FundPaths.gifts(this.stroll.campaign) + ".csv"))
			.getContentAsString();
		assertThat(all).contains("Hal Cash", "Ivy Check", "CHECK", "40.00");

		for (String path : new String[] { FundPaths.gifts(this.stroll.campaign),
				FundPaths.gifts(this.stroll.campaign) + ".csv", FundPaths.funding(this.stroll.campaign) }) {
			assertThat(as(this.mvc, this.stroll.outsider, get(path)).getStatus()).as(path).isEqualTo(403);
			assertThat(this.mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isIn(302, 401);
		}
		assertThat(as(this.mvc, this.stroll.coordinator, get(FundPaths.funding(this.stroll.campaign))).getStatus())
			.isEqualTo(403);
		assertThat(offline(this.stroll.outsider, Map.of("receipt", "X-1")).getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(post(FundPaths.gifts(this.stroll.campaign)).with(csrf()).param("amount", "5"))
			.andReturn()
			.getResponse()
			.getStatus()).isIn(302, 401);
		assertThat(this.funds.progress(this.stroll.campaign).orElseThrow().gifts()).isEqualTo(2);
	}

	@Test
	void everyBadFieldIsExplainedAndNothingIsRecorded() throws Exception {
		String[][] bad = { { "amount", "" }, { "amount", "0" }, { "amount", "abc" }, { "method", "BITCOIN" },
				{ "receipt", "" }, { "receipt", "<script>" }, { "receipt", "R".repeat(41) }, { "name", "" },
				{ "page", "not-a-page" }, { "page", UUID.randomUUID().toString() }, { "site", "" }, { "email", "x@" },
				{ "message", "m".repeat(501) } };
		for (String[] field : bad) {
			MockHttpServletResponse response = offline(this.stroll.coordinator, Map.of(field[0], field[1]));
			assertThat(response.getStatus()).as(field[0] + "=" + field[1]).isEqualTo(422);
			assertThat(response.getContentAsString()).contains("id=\"" + field[0] + "-error\"")
				.doesNotContain("<script>");
		}
		assertThat(this.funds.progress(this.stroll.campaign).orElseThrow().gifts()).isZero();
	}

	private MockHttpServletResponse offline(String who, Map<String, String> changes) throws Exception {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("page", this.page.toString());
		fields.put("site", this.stroll.riverside.toString());
		fields.put("method", "CASH");
		fields.put("receipt", "R-0001");
		fields.put("amount", "40");
		fields.put("name", "Hal Cash");
		fields.put("language", "en");
		fields.putAll(changes);
		if (changes.containsKey("receipt") && changes.get("receipt").startsWith("H-")) {
			fields.put("method", "CHECK");
		}
		MockHttpServletRequestBuilder request = post(FundPaths.gifts(this.stroll.campaign));
		fields.forEach(request::param);
		return as(this.mvc, who, request);
	}

}
