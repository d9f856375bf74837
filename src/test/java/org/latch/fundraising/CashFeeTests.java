package org.latch.fundraising;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latch.fundraising.FundSteps.as;
import static org.latch.fundraising.Walkers.page;
import static org.latch.fundraising.Walkers.privatePage;
import static org.latch.fundraising.Walkers.register;
import static org.latch.fundraising.Walkers.registration;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A site's coordinator marks a fee paid in cash by the registration's reference; every
 * wrong reference is explained next to the field and marks nothing; people who keep no
 * site of the campaign get 403.
 */
@org.latch.LatchWebTest
class CashFeeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	FundFixtures stroll;

	UUID site;

	@BeforeEach
	void stroll() throws Exception {
		this.stroll = new FundFixtures(this.context);
		FundSteps.setUpFunding(this.mvc, this.stroll.organizer, this.stroll.campaign);
		this.site = this.stroll.feeSite(1, 500);
	}

	@Test
	void theCoordinatorMarksAFeePaidInCashOnceAndWrongReferencesAreExplained() throws Exception {
		String eve = register(this.mvc, this.stroll.campaign, this.site, "Eve Walker", this.stroll.address("eve"));
		String fay = register(this.mvc, this.stroll.campaign, this.site, "Fay Waiting", this.stroll.address("fay"));
		String eveReference = reference(registration(this.jdbc, eve));
		String fayReference = reference(registration(this.jdbc, fay));
		String noFee = reference(this.stroll.registration("Gus Free", false));

		String list = as(this.mvc, this.stroll.coordinator, get(FundPaths.fees(this.stroll.campaign)))
			.getContentAsString();
		assertThat(list).contains("Eve Walker", eveReference, "$5.00").doesNotContain("Fay Waiting");

		MockHttpServletResponse marked = mark(this.stroll.coordinator, " " + eveReference.toLowerCase() + " ");
		assertThat(marked.getStatus()).isEqualTo(302);
		assertThat(page(this.mvc, privatePage(eve))).contains("Fee of $5.00 paid on").doesNotContain("Pay the fee");

		for (String[] bad : new String[][] { { "", "Enter the reference" }, { "R-NOPE99", "Enter the reference" },
				{ "x".repeat(300), "Enter the reference" }, { fayReference, "holds no place" },
				{ eveReference, "paid already" }, { noFee, "owes no fee" } }) {
			MockHttpServletResponse response = mark(this.stroll.coordinator, bad[0]);
			assertThat(response.getStatus()).as(bad[0]).isEqualTo(422);
			assertThat(response.getContentAsString()).as(bad[0]).contains("id=\"reference-error\"", bad[1]);
		}
		assertThat(mark(this.stroll.otherCoordinator, eveReference).getStatus()).isEqualTo(422);
		assertThat(mark(this.stroll.outsider, eveReference).getStatus()).isEqualTo(403);
		assertThat(as(this.mvc, this.stroll.outsider, get(FundPaths.fees(this.stroll.campaign))).getStatus())
			.isEqualTo(403);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from fundraising_fee_payment where campaign_id = ? and method = 'CASH'", Integer.class,
				this.stroll.campaign))
			.isEqualTo(1);
	}

	private MockHttpServletResponse mark(String who, String reference) throws Exception {
		return as(this.mvc, who, post(FundPaths.fees(this.stroll.campaign)).param("reference", reference));
	}

	private String reference(UUID registration) {
		return this.jdbc.queryForObject("select reference from calendar_registration where id = ?", String.class,
				registration);
	}

}
