package org.latch.fundraising;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.calendar.CampaignFunds;
import org.latch.calendar.Campaigns;
import org.latch.calendar.FundsProgress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latch.fundraising.FundSteps.as;
import static org.latch.fundraising.FundSteps.deliver;
import static org.latch.fundraising.FundSteps.feeCompleted;
import static org.latch.fundraising.Walkers.page;
import static org.latch.fundraising.Walkers.pay;
import static org.latch.fundraising.Walkers.press;
import static org.latch.fundraising.Walkers.privatePage;
import static org.latch.fundraising.Walkers.register;
import static org.latch.fundraising.Walkers.registration;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A site's fee as walkers live it: a confirmed walker pays through Stripe Checkout and
 * Stripe's webhook records it once, however often it comes; a waitlisted walker sees no
 * pay button and cannot pay, until a cancellation promotes them; a payment for a place
 * cancelled meanwhile is due back; the organizers' CSV says who owes, who paid and what
 * is due back; fees are not gifts. Tagged {@code persistence}: runs on H2 and on
 * PostgreSQL.
 */
@org.latch.LatchWebTest
@Tag("persistence")
class FeeJourneyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CampaignFunds funds;

	@Autowired
	Campaigns campaigns;

	FundFixtures stroll;

	FakeStripe stripe;

	UUID site;

	@BeforeEach
	void stroll() throws Exception {
		this.stroll = new FundFixtures(this.context);
		this.stripe = FakeStripe.of(this.context);
		FundSteps.setUpFunding(this.mvc, this.stroll.organizer, this.stroll.campaign);
		this.site = this.stroll.feeSite(1, 1000);
	}

	@Test
	void aConfirmedWalkerPaysOnceTheWaitlistedCannotUntilPromoted() throws Exception {
		String ana = register(this.mvc, this.stroll.campaign, this.site, "Ana Walker", this.stroll.address("ana"));
		String bo = register(this.mvc, this.stroll.campaign, this.site, "Bo Waiting", this.stroll.address("bo"));
		UUID anaId = registration(this.jdbc, ana);
		UUID boId = registration(this.jdbc, bo);
		assertThat(page(this.mvc, privatePage(ana))).contains("Pay the fee ($10.00)", "/pay");
		assertThat(page(this.mvc, privatePage(bo))).contains("you owe nothing").doesNotContain("Pay the fee");

		MockHttpServletResponse refused = press(this.mvc, pay(bo));
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(refused.getContentAsString()).contains("There is nothing to pay now");
		assertThat(this.stripe.sessions)
			.noneMatch(session -> boId.toString().equals(session.get("client_reference_id")));
		assertThat(press(this.mvc, pay("not-a-secret")).getStatus()).isEqualTo(404);

		MockHttpServletResponse sent = press(this.mvc, pay(ana));
		assertThat(sent.getRedirectedUrl()).startsWith("https://checkout.stripe.test/c/pay/cs_test_");
		Map<String, String> session = this.stripe.sessionFor(anaId);
		assertThat(session).containsEntry("metadata[kind]", "fee")
			.containsEntry("metadata[registration]", anaId.toString())
			.containsEntry("line_items[0][price_data][unit_amount]", "1000")
			.containsEntry("line_items[0][price_data][currency]", "usd");
		assertThat(session.get("success_url")).endsWith(privatePage(ana) + "?paid=1");

		String paid = feeCompleted("evt_fee_" + anaId, session.get("id"), 1000, "pi_fee_" + anaId, anaId);
		assertThat(deliver(this.mvc, paid, this.stripe.webhookSecret, Instant.now()).getContentAsString())
			.isEqualTo("handled");
		assertThat(deliver(this.mvc, paid, this.stripe.webhookSecret, Instant.now()).getContentAsString())
			.isEqualTo("duplicate");
		String secondSession = feeCompleted("evt_fee2_" + anaId, "cs_test_second_" + anaId, 1000, "pi_fee2_" + anaId,
				anaId);
		assertThat(deliver(this.mvc, secondSession, this.stripe.webhookSecret, Instant.now()).getContentAsString())
			.isEqualTo("ignored");
		assertThat(this.jdbc.queryForObject("select count(*) from fundraising_fee_payment where registration_id = ?",
				Integer.class, anaId))
			.isEqualTo(1);
		assertThat(page(this.mvc, privatePage(ana))).contains("Fee of $10.00 paid on").doesNotContain("Pay the fee");
		assertThat(press(this.mvc, pay(ana)).getStatus()).isEqualTo(409);
		assertThat(this.funds.progress(this.stroll.campaign)).contains(new FundsProgress(0, 500000, "USD", 0));
		assertThat(csvLine(anaId)).contains("CONFIRMED", ",10.00,10.00,").doesNotContain(",yes,");

		assertThat(press(this.mvc, privatePage(ana) + "/cancel").getStatus()).isEqualTo(302);
		assertThat(page(this.mvc, privatePage(bo))).contains("Pay the fee ($10.00)");
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(org.latch.TestMailServer.textsTo(this.stroll.address("bo")))
				.anySatisfy(mail -> assertThat(mail).contains("is now confirmed", "Fee: $10.00",
						"To pay a fee or to cancel, use the private link")));
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(csvLine(anaId)).contains("CANCELLED", ",yes,"));
		assertThat(page(this.mvc, privatePage(ana))).contains("the organizers will refund it");
		assertThat(csvLine(boId)).contains("CONFIRMED", ",10.00,,,");
	}

	@Test
	void aFeePaidForAPlaceCancelledMeanwhileIsRecordedAsDueBack() throws Exception {
		String cy = register(this.mvc, this.stroll.campaign, this.site, "Cy Walker", this.stroll.address("cy"));
		UUID cyId = registration(this.jdbc, cy);
		assertThat(press(this.mvc, pay(cy)).getStatus()).isEqualTo(302);
		String session = this.stripe.sessionFor(cyId).get("id");
		assertThat(press(this.mvc, privatePage(cy) + "/cancel").getStatus()).isEqualTo(302);

		assertThat(deliver(this.mvc, feeCompleted("evt_late_" + cyId, session, 1000, "pi_late_" + cyId, cyId),
				this.stripe.webhookSecret, Instant.now())
			.getContentAsString()).isEqualTo("handled");
		assertThat(this.jdbc.queryForObject("select refund_due from fundraising_fee_payment where registration_id = ?",
				Boolean.class, cyId))
			.isTrue();
		assertThat(page(this.mvc, privatePage(cy))).contains("the organizers will refund it")
			.doesNotContain("Pay the fee");
		assertThat(as(this.mvc, this.stroll.organizer, get(FundPaths.fees(this.stroll.campaign))).getContentAsString())
			.contains("Refund due", "Cy Walker");
		assertThat(csvLine(cyId)).contains("CANCELLED", ",10.00,", ",yes,");

		assertThat(deliver(this.mvc, FundSteps.chargeRefunded("evt_back_" + cyId, "pi_late_" + cyId, 1000),
				this.stripe.webhookSecret, Instant.now())
			.getStatus()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("select refund_due from fundraising_fee_payment where registration_id = ?",
				Boolean.class, cyId))
			.isFalse();
		assertThat(page(this.mvc, privatePage(cy))).contains("was refunded");
	}

	@Test
	void theCampaignCurrencyIsSetOnceForFeesAndGiftsAndFixedOnceMoneyCame() throws Exception {
		assertThat(as(this.mvc, this.stroll.organizer, fundingIn("CAD")).getStatus()).isEqualTo(302);
		assertThat(this.campaigns.find(this.stroll.campaign).orElseThrow().currency()).isEqualTo("CAD");
		String di = register(this.mvc, this.stroll.campaign, this.site, "Di Walker", this.stroll.address("di"));
		UUID diId = registration(this.jdbc, di);
		assertThat(page(this.mvc, privatePage(di))).contains("Pay the fee (CA$10.00)");
		press(this.mvc, pay(di));
		Map<String, String> session = this.stripe.sessionFor(diId);
		assertThat(session).containsEntry("line_items[0][price_data][currency]", "cad");
		deliver(this.mvc, feeCompleted("evt_cad_" + diId, session.get("id"), 1000, "pi_cad_" + diId, diId)
			.replace("\"usd\"", "\"cad\""), this.stripe.webhookSecret, Instant.now());

		MockHttpServletResponse changed = as(this.mvc, this.stroll.organizer, fundingIn("EUR"));
		assertThat(changed.getStatus()).isEqualTo(422);
		assertThat(changed.getContentAsString()).contains("id=\"currency-error\"");
		assertThat(this.campaigns.find(this.stroll.campaign).orElseThrow().currency()).isEqualTo("CAD");
		assertThat(this.jdbc.queryForObject("select currency from fundraising_funding where campaign_id = ?",
				String.class, this.stroll.campaign))
			.isEqualTo("CAD");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder fundingIn(String currency) {
		return post(FundPaths.funding(this.stroll.campaign)).param("goal", "5000")
			.param("currency", currency)
			.param("b0-name", "Milk Bank")
			.param("b0-legal", "Milk Bank Inc.")
			.param("b0-tax", "A 501(c)(3) non-profit.")
			.param("b0-share", "100");
	}

	/** The registration's line in the organizers' CSV. */
	private String csvLine(UUID registration) throws Exception {
		String reference = this.jdbc.queryForObject("select reference from calendar_registration where id = ?",
				String.class, registration);
		String csv = as(this.mvc, this.stroll.organizer,
				get("/campaigns/" + this.stroll.campaign + "/registrations.csv"))
			.getContentAsString();
		assertThat(csv.lines().findFirst().orElseThrow()).contains("fee_owed,fee_paid,fee_paid_at,refund_due");
		return csv.lines().filter(line -> line.startsWith(reference + ",")).findFirst().orElseThrow();
	}

}
