package org.latch.fundraising;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import org.latch.calendar.CampaignFunds;
import org.latch.calendar.FundsProgress;
import org.latch.calendar.RegistrationConfirmed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.latch.fundraising.FundSteps.as;
import static org.latch.fundraising.FundSteps.checkoutCompleted;
import static org.latch.fundraising.FundSteps.chargeRefunded;
import static org.latch.fundraising.FundSteps.deliver;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A walker registers and their page opens; a friend gives online through Stripe Checkout;
 * Stripe's signed webhook completes the gift once, however often it comes; the gift is
 * split between the beneficiaries to the cent, the receipt says so, and a refund in
 * Stripe comes off the totals. Tagged {@code persistence}: runs on H2 and again on
 * PostgreSQL.
 */
@org.latch.LatchWebTest
@Tag("persistence")
class GiveJourneyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CampaignFunds funds;

	FundFixtures stroll;

	FakeStripe stripe;

	@BeforeEach
	void stroll() throws Exception {
		this.stroll = new FundFixtures(this.context);
		this.stripe = FakeStripe.of(this.context);
		assertThat(FundSteps.setUpFunding(this.mvc, this.stroll.organizer, this.stroll.campaign).getRedirectedUrl())
			.isEqualTo(FundPaths.funding(this.stroll.campaign));
	}

	@Test
	void aFriendGivesOnlineAndTheGiftIsSplitToTheCentReceiptedAndRefunded() throws Exception {
		UUID page = pageOf(this.stroll.registration("Ana Walker", true));
		String pageHtml = this.mvc.perform(get(FundPaths.page(page))).andReturn().getResponse().getContentAsString();
		assertThat(pageHtml).contains("Ana Walker", "Team Latte " + this.stroll.run, FundPaths.give(page));

		MockHttpServletResponse sent = this.mvc
			.perform(post(FundPaths.give(page)).with(csrf())
				.param("amount", "25.50")
				.param("name", "Bea Friend")
				.param("email", "bea@example.org")
				.param("message", "Go Ana!")
				.param("language", "en"))
			.andReturn()
			.getResponse();
		assertThat(sent.getRedirectedUrl()).startsWith("https://checkout.stripe.test/c/pay/cs_test_");
		UUID gift = giftOf(page);
		Map<String, String> session = this.stripe.sessionFor(gift);
		assertThat(session).containsEntry("line_items[0][price_data][unit_amount]", "2550")
			.containsEntry("line_items[0][price_data][currency]", "usd")
			.containsEntry("customer_email", "bea@example.org")
			.containsEntry("mode", "payment");
		String privatePage = session.get("success_url").replaceFirst("^https?://[^/]+", "");
		assertThat(this.mvc.perform(get(privatePage)).andReturn().getResponse().getContentAsString())
			.contains("waiting for the payment service");
		assertThat(this.funds.progress(this.stroll.campaign)).contains(new FundsProgress(0, 500000, "USD", 0));

		String completed = checkoutCompleted("evt_" + gift, session.get("id"), 2550, "pi_" + gift);
		assertThat(deliver(this.mvc, completed, this.stripe.webhookSecret, Instant.now()).getContentAsString())
			.isEqualTo("handled");
		assertThat(deliver(this.mvc, completed, this.stripe.webhookSecret, Instant.now()).getContentAsString())
			.isEqualTo("duplicate");
		assertThat(this.funds.progress(this.stroll.campaign)).contains(new FundsProgress(2550, 500000, "USD", 1));
		assertThat(this.jdbc.queryForList(
				"select cents from fundraising_gift_share where gift_id = ? order by cents desc", Long.class, gift))
			.containsExactly(1275L, 850L, 425L);

		String thanks = this.mvc.perform(get(privatePage)).andReturn().getResponse().getContentAsString();
		assertThat(thanks).contains("$25.50", "$12.75", "$8.50", "$4.25", "Best for Babes Foundation",
				"EIN 26-0000003");
		assertThat(this.mvc.perform(get(FundPaths.page(page))).andReturn().getResponse().getContentAsString())
			.contains("Bea Friend", "Go Ana!", "$25.50 raised");

		String receipt = receiptText(privatePage);
		assertThat(receipt).contains("Bea Friend", "$25.50", "Mothers' Milk Bank Northeast Inc.: $12.75",
				"NEC Society: $8.50", "No goods or services were provided.", this.stroll.campaignName);

		String refunded = chargeRefunded("evt_refund_" + gift, "pi_" + gift, 1000);
		assertThat(deliver(this.mvc, refunded, this.stripe.webhookSecret, Instant.now()).getStatus()).isEqualTo(200);
		assertThat(deliver(this.mvc, chargeRefunded("evt_again_" + gift, "pi_" + gift, 1000), this.stripe.webhookSecret,
				Instant.now())
			.getStatus()).isEqualTo(200);
		assertThat(this.funds.progress(this.stroll.campaign)).contains(new FundsProgress(1550, 500000, "USD", 1));
		assertThat(receiptText(privatePage)).contains("$10.00 refunded", "Your gift after refunds: $15.50");
	}

	@Test
	void aWebhookWithAWrongOrOldSignatureChangesNothing() throws Exception {
		UUID gift = pendingGift();
		String session = this.stripe.sessionFor(gift).get("id");
		String payload = checkoutCompleted("evt_bad_" + gift, session, 2000, "pi_bad_" + gift);
		assertThat(deliver(this.mvc, payload, "whsec_wrong", Instant.now()).getStatus()).isEqualTo(400);
		assertThat(deliver(this.mvc, payload, this.stripe.webhookSecret, Instant.now().minus(Duration.ofMinutes(6)))
			.getStatus()).isEqualTo(400);
		assertThat(this.mvc.perform(post(StripeWebhookController.PATH).content(payload))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
		assertThat(deliver(this.mvc, payload.replace("2000", "1"), this.stripe.webhookSecret, Instant.now())
			.getContentAsString()).isEqualTo("ignored");
		assertThat(this.funds.progress(this.stroll.campaign)).contains(new FundsProgress(0, 500000, "USD", 0));
	}

	@Test
	void theSameEventDeliveredEightTimesAtOnceRecordsOneGift() throws Exception {
		UUID gift = pendingGift();
		String payload = checkoutCompleted("evt_par_" + gift, this.stripe.sessionFor(gift).get("id"), 2000,
				"pi_par_" + gift);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> deliveries = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				deliveries.add(() -> deliver(this.mvc, payload, this.stripe.webhookSecret, Instant.now()).getStatus());
			}
			for (Future<Integer> status : pool.invokeAll(deliveries)) {
				assertThat(status.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.funds.progress(this.stroll.campaign)).contains(new FundsProgress(2000, 500000, "USD", 1));
		assertThat(this.jdbc.queryForObject("select count(*) from fundraising_gift_share where gift_id = ?",
				Integer.class, gift))
			.isEqualTo(3);
	}

	@Test
	void badGiveFormsAreExplainedAndStartNothing() throws Exception {
		UUID page = pageOf(this.stroll.registration("Cy Walker", false));
		for (String[] bad : new String[][] { { "amount", "0.99" }, { "amount", "ten" }, { "amount", "-5" },
				{ "amount", "99999999999" }, { "name", "" }, { "name", "x".repeat(121) }, { "email", "not-an-address" },
				{ "message", "y".repeat(501) }, { "name", "Bad\u0000Name" } }) {
			Map<String, String> fields = new java.util.LinkedHashMap<>(
					Map.of("amount", "20", "name", "Dee Giver", "language", "en"));
			fields.put(bad[0], bad[1]);
			var request = post(FundPaths.give(page)).with(csrf());
			fields.forEach(request::param);
			MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
			assertThat(response.getStatus()).as(bad[0] + "=" + bad[1]).isEqualTo(422);
			assertThat(response.getContentAsString()).contains("id=\"" + bad[0] + "-error\"");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from fundraising_gift where page_id = ?", Integer.class,
				page))
			.isZero();
		assertThat(this.mvc.perform(get(FundPaths.give(UUID.randomUUID()))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.mvc.perform(get("/fundraising/pages/not-a-uuid")).andReturn().getResponse().getStatus())
			.isEqualTo(400);
		assertThat(this.mvc.perform(get("/fundraising/gifts/not-a-secret")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	private UUID pendingGift() throws Exception {
		UUID page = pageOf(this.stroll.registration("Di Walker", false));
		this.mvc.perform(post(FundPaths.give(page)).with(csrf())
			.param("amount", "20")
			.param("name", "Ed Giver")
			.param("language", "en"));
		return giftOf(page);
	}

	private String receiptText(String privatePage) throws Exception {
		MockHttpServletResponse pdf = this.mvc.perform(get(privatePage.replace("?paid=1", "") + "/receipt.pdf"))
			.andReturn()
			.getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		try (PdfReader reader = new PdfReader(pdf.getContentAsByteArray())) {
			return new PdfTextExtractor(reader).getTextFromPage(1);
		}
	}

	private UUID pageOf(UUID registration) {
		new TransactionTemplate(this.context.getBean(org.springframework.transaction.PlatformTransactionManager.class))
			.executeWithoutResult(status -> this.context.publishEvent(
					new RegistrationConfirmed(registration, this.stroll.campaign, this.stroll.riverside, null)));
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForList("select id from fundraising_page where registration_id = ?", UUID.class,
					registration), ids -> !ids.isEmpty())
			.getFirst();
	}

	private UUID giftOf(UUID page) {
		return this.jdbc.queryForObject("select id from fundraising_gift where page_id = ?", UUID.class, page);
	}

}
