package org.latch.milkdonation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.LatchWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latch.milkdonation.DonorForms.as;
import static org.latch.milkdonation.DonorForms.sent;
import static org.latch.milkdonation.DonorForms.step;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What campaigns read through {@link MilkDonationTotals}: ounces pledged by the donors
 * who came through a campaign (but those found not eligible) and ounces they gave,
 * counted once the milk bank confirmed them, exact in both units.
 */
@LatchWebTest
@Tag("persistence")
class MilkDonationTotalsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MilkDonationTotals totals;

	MilkFixtures bank;

	@BeforeEach
	void bank() {
		this.bank = new MilkFixtures(this.context);
	}

	@Test
	void aCampaignCountsItsDonorsPledgesAndTheMilkTheBankConfirmed() throws Exception {
		UUID campaign = UUID.randomUUID();
		String form = this.mvc.perform(get("/milk-donation").param("campaign", campaign.toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("name=\"campaign\" value=\"" + campaign + "\"");
		MilkTotals overallBefore = this.totals.overall();

		String ana = sent(this.mvc, this.bank.near, "campaign", campaign.toString());
		String bea = sent(this.mvc, this.bank.near, "campaign", campaign.toString());
		String cy = sent(this.mvc, this.bank.near, "campaign", campaign.toString());
		String other = sent(this.mvc, this.bank.near);
		pledge(ana, "100", "OZ");
		pledge(bea, "500", "ML");
		pledge(cy, "40", "OZ");
		pledge(other, "1000", "OZ");
		pledge(ana, "120", "OZ");
		step(this.mvc, this.bank.staff, this.bank.donorId(cy), "NOT_ELIGIBLE", "reason", "CANNOT_REACH");

		MilkTotals pledged = this.totals.forCampaign(campaign);
		assertThat(pledged.ouncesPledged()).as("Ana's new pledge replaces her first; Cy's no longer counts")
			.isEqualByComparingTo("136.9070282516");
		assertThat(pledged.millilitresPledged()).isEqualByComparingTo("4048.82");
		assertThat(pledged.ouncesConfirmed()).isEqualByComparingTo("0");

		UUID anaId = this.bank.donorId(ana);
		DonorForms.approve(this.mvc, this.bank.staff, anaId);
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		as(this.mvc, this.bank.staff,
				post("/milk-bank/donors/" + anaId + "/donations").param("place", this.bank.depot.toString())
					.param("date", today)
					.param("amount", "120")
					.param("unit", "OZ"));
		this.mvc.perform(post("/milk-donation/d/" + ana + "/donations").with(csrf())
			.param("place", this.bank.bank.toString())
			.param("date", today)
			.param("amount", "295,7")
			.param("unit", "ML"));
		MilkTotals given = this.totals.forCampaign(campaign);
		assertThat(given.ouncesConfirmed()).as("the reported milk waits for the bank").isEqualByComparingTo("120");
		assertThat(given.millilitresConfirmed()).isEqualByComparingTo("3548.82");

		UUID reported = this.jdbc.queryForObject(
				"select id from milk_donation where donor_id = ? and confirmed_at is null", UUID.class, anaId);
		as(this.mvc, this.bank.staff, post("/milk-bank/donors/" + anaId + "/donations/" + reported + "/confirm"));
		as(this.mvc, this.bank.staff, post("/milk-bank/donors/" + anaId + "/donations/" + reported + "/confirm"));
		MilkTotals confirmed = this.totals.forCampaign(campaign);
		assertThat(confirmed.millilitresConfirmed()).as("confirming twice counts once").isEqualByComparingTo("3844.52");
		assertThat(confirmed.ouncesConfirmed()).isEqualByComparingTo("129.9988165080");

		MilkTotals overall = this.totals.overall();
		assertThat(overall.millilitresConfirmed().subtract(overallBefore.millilitresConfirmed()))
			.isEqualByComparingTo("3844.52");
		assertThat(overall.ouncesPledged().subtract(overallBefore.ouncesPledged()))
			.isGreaterThanOrEqualTo(new java.math.BigDecimal("1136"));
		assertThat(this.totals.forCampaign(UUID.randomUUID()).ouncesPledged()).isEqualByComparingTo("0");
	}

	private void pledge(String secret, String amount, String unit) throws Exception {
		assertThat(this.mvc.perform(
				post("/milk-donation/d/" + secret + "/pledge").with(csrf()).param("amount", amount).param("unit", unit))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/milk-donation/d/" + secret + "#pledge");
	}

}
