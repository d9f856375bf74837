package org.latch.milkdonation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.TestMailServer;
import org.latch.platform.PrivateLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latch.milkdonation.DonorForms.as;
import static org.latch.milkdonation.DonorForms.page;
import static org.latch.milkdonation.DonorForms.sent;
import static org.latch.milkdonation.DonorForms.step;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A parent offers their milk without an account, reaches the nearest milk bank, is
 * screened by its staff step by step, approved, sees where to take their milk and gives
 * it; another is kindly told the bank cannot accept their milk. Tagged
 * {@code persistence}: runs on H2 and again on PostgreSQL.
 */
@LatchWebTest
@Tag("persistence")
@RecordApplicationEvents
class MilkDonationJourneyTests {

	private static final Duration MAIL = Duration.ofSeconds(10);

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	MilkFixtures bank;

	@BeforeEach
	void bank() {
		this.bank = new MilkFixtures(this.context);
	}

	@Test
	void aParentWritingInPortugueseIsScreenedApprovedSeesTheDepotAndGivesMilk(ApplicationEvents events)
			throws Exception {
		String email = this.bank.donorEmail();
		String form = this.mvc.perform(get("/milk-donation").param("lang", "pt-BR"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains(Html.text(this.messages, "milk.title", "pt-BR"),
				Html.text(this.messages, "milk.question.TATTOO", "pt-BR"),
				Html.text(this.messages, "milk.who.body", "pt-BR", this.messages
					.getMessage("terminology.breastfeeding.noun", null, java.util.Locale.forLanguageTag("pt-BR"))));
		String secret = sent(this.mvc, this.bank.near, "name", "Mariana", "email", email, "phone", "", "language",
				"pt-BR", "baby", "UNDER_12_MONTHS");

		String welcome = this.mvc.perform(get("/milk-donation/d/" + secret).param("sent", "1").param("lang", "pt-BR"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher reference = DonorForms.REFERENCE.matcher(welcome);
		assertThat(reference.find()).isTrue();
		assertThat(welcome)
			.contains(Html.text(this.messages, "milk.donor.sent", "pt-BR", this.bank.bankName),
					Html.text(this.messages, "milk.donor.stage.CALL", "pt-BR"), "Mariana")
			.doesNotContain(this.bank.depotStreet);
		String mail = TestMailServer.awaitMailTo(email, MAIL);
		assertThat(mail).contains(reference.group(), "/milk-donation/d/" + secret, this.bank.bankName)
			.doesNotContain("Mariana", "UNDER_12_MONTHS");
		assertThat(TestMailServer.subjectOfLatest(email))
			.isEqualTo(Html.text(this.messages, "mail.milk.received.subject", "pt-BR", reference.group()));
		UUID donor = this.bank.donorId(secret);
		assertThat(TestMailServer.awaitMailTo(this.bank.staff, MAIL)).contains(reference.group(),
				"/milk-bank/donors/" + donor);

		String queue = as(this.mvc, this.bank.staff, get("/milk-bank")).getContentAsString();
		assertThat(queue).contains(reference.group(), "Mariana");
		String file = as(this.mvc, this.bank.staff, get("/milk-bank/donors/" + donor)).getContentAsString();
		assertThat(file).contains("Mariana", email, Html.text(this.messages, "milk.baby.UNDER_12_MONTHS", "en"));

		for (String kind : new String[] { "PHONE_INTERVIEW", "QUESTIONNAIRE", "BLOOD_TEST_ORDERED" }) {
			assertThat(step(this.mvc, this.bank.staff, donor, kind, "note", "Call notes " + kind).getRedirectedUrl())
				.isEqualTo("/milk-bank/donors/" + donor);
		}
		assertThat(this.bank.stage(donor)).isEqualTo("BLOOD_RESULT");
		assertThat(step(this.mvc, this.bank.staff, donor, "BLOOD_TEST_RESULT", "result", "CLEAR").getStatus())
			.isEqualTo(302);
		assertThat(step(this.mvc, this.bank.staff, donor, "DONOR_PROVIDER").getStatus()).isEqualTo(302);
		assertThat(this.bank.stage(donor)).isEqualTo("SIGN_OFFS");
		assertThat(page(this.mvc, secret, "pt-BR"))
			.contains(Html.text(this.messages, "milk.donor.stage.SIGN_OFFS", "pt-BR"))
			.doesNotContain(this.bank.depotStreet);
		assertThat(step(this.mvc, this.bank.staff, donor, "BABY_PROVIDER").getStatus()).isEqualTo(302);
		assertThat(this.bank.stage(donor)).isEqualTo("DECISION");
		assertThat(step(this.mvc, this.bank.staff, donor, "APPROVED").getStatus()).isEqualTo(302);
		assertThat(this.bank.stage(donor)).isEqualTo("APPROVED");
		awaitMails(email, 2);
		assertThat(TestMailServer.subjectOfLatest(email))
			.isEqualTo(Html.text(this.messages, "mail.milk.approved.subject", "pt-BR", reference.group()));

		String approved = page(this.mvc, secret, "pt-BR");
		assertThat(approved)
			.contains(Html.text(this.messages, "milk.donor.stage.APPROVED", "pt-BR"),
					Html.text(this.messages, "milk.depots.title", "pt-BR"), this.bank.depotName, this.bank.depotStreet,
					Html.text(this.messages, "milk.step.BLOOD_TEST_RESULT", "pt-BR"))
			.as("the bank's notes stay with the bank")
			.doesNotContain("Call notes");

		String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
		assertThat(this.mvc
			.perform(post("/milk-donation/d/" + secret + "/donations").with(csrf())
				.param("place", this.bank.depot.toString())
				.param("date", today)
				.param("amount", "120")
				.param("unit", "OZ"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/milk-donation/d/" + secret + "#donations");
		assertThat(page(this.mvc, secret, "pt-BR")).contains("120 onças (3.549 mL)",
				Html.text(this.messages, "milk.donation.waiting", "pt-BR"));
		assertThat(events.stream(MilkDonationRecorded.class)).isEmpty();

		UUID reported = this.jdbc.queryForObject("select id from milk_donation where donor_id = ?", UUID.class, donor);
		assertThat(as(this.mvc, this.bank.staff,
				post("/milk-bank/donors/" + donor + "/donations/" + reported + "/confirm"))
			.getRedirectedUrl()).isEqualTo("/milk-bank/donors/" + donor + "#donations");
		assertThat(as(this.mvc, this.bank.staff,
				post("/milk-bank/donors/" + donor + "/donations").param("place", this.bank.bank.toString())
					.param("date", today)
					.param("amount", "500")
					.param("unit", "ML"))
			.getRedirectedUrl()).isEqualTo("/milk-bank/donors/" + donor + "#donations");
		String given = page(this.mvc, secret, "en");
		assertThat(given).contains(Html.text(this.messages, "milk.donations.given", "en", "136.9 oz (4,049 mL)"),
				"500 mL (16.9 oz)");
		assertThat(events.stream(MilkDonationRecorded.class)).hasSize(2)
			.allSatisfy(event -> assertThat(event.bank()).isEqualTo(this.bank.bank))
			.extracting(MilkDonationRecorded::ounces)
			.anySatisfy(ounces -> assertThat(ounces).isEqualByComparingTo("120"));

		assertThat(given).contains(Html.text(this.messages, "milk.donor.read", "en", "Beatriz Staff " + this.bank.run));
	}

	@Test
	void aParentTheBankCannotAcceptGetsKindWordsByEmailAndTheReasonOnlyOnTheirPage() throws Exception {
		String email = this.bank.donorEmail();
		String secret = sent(this.mvc, this.bank.near, "email", email, "language", "es",
				ScreeningQuestion.REGULAR_MEDICATIONS.field(), "YES");
		UUID donor = this.bank.donorId(secret);
		assertThat(page(this.mvc, secret, "es")).contains(Html.text(this.messages, "milk.donor.discuss", "es"),
				Html.text(this.messages, "milk.question.REGULAR_MEDICATIONS.short", "es"));
		step(this.mvc, this.bank.staff, donor, "PHONE_INTERVIEW", "note", "Takes lithium daily");
		assertThat(step(this.mvc, this.bank.staff, donor, "NOT_ELIGIBLE", "reason", "MEDICATION").getStatus())
			.isEqualTo(302);
		awaitMails(email, 2);
		String mail = TestMailServer.latestTo(email);
		assertThat(TestMailServer.subjectOfLatest(email))
			.isEqualTo(Html.text(this.messages, "mail.milk.not-eligible.subject", "es",
					DonorForms.REFERENCE.matcher(page(this.mvc, secret, "es"))
						.results()
						.findFirst()
						.orElseThrow()
						.group()));
		assertThat(mail).contains(this.bank.bankName, "/milk-donation#other-ways")
			.doesNotContain("lithium", "MEDICATION", this.messages.getMessage("milk.reason.MEDICATION.donor", null,
					java.util.Locale.forLanguageTag("es")));
		assertThat(page(this.mvc, secret, "es"))
			.contains(Html.text(this.messages, "milk.reason.MEDICATION.donor", "es"),
					Html.text(this.messages, "milk.other.title", "es"))
			.doesNotContain("lithium", this.bank.depotStreet, Html.text(this.messages, "milk.pledge.title", "es"));
		assertThat(this.bank.stage(donor)).isEqualTo("NOT_ELIGIBLE");
	}

	@Test
	void answersThatMeanNotNowAreAnsweredKindlyAndNothingIsStored() throws Exception {
		long before = this.jdbc.queryForObject("select count(*) from milk_donor", Long.class);
		String secret = PrivateLinks.newSecret();
		var response = this.mvc
			.perform(DonorForms.form(secret, this.bank.near, "email", this.bank.donorEmail(), "language", "fr",
					ScreeningQuestion.TATTOO.field(), "YES", ScreeningQuestion.NICOTINE_OR_CANNABIS.field(), "YES"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains(Html.text(this.messages, "milk.not-now.title", "en"),
				Html.text(this.messages, "milk.not-now.TATTOO", "en"),
				Html.text(this.messages, "milk.not-now.NICOTINE_OR_CANNABIS", "en"),
				Html.text(this.messages, "milk.not-now.nothing-kept", "en"));
		assertThat(this.jdbc.queryForObject("select count(*) from milk_donor", Long.class)).isEqualTo(before);
	}

	@Test
	void noMilkBankWithinReachMeansAKindPageAndNothingStored() throws Exception {
		long before = this.jdbc.queryForObject("select count(*) from milk_donor", Long.class);
		var response = this.mvc.perform(DonorForms.form(PrivateLinks.newSecret(), "-60,-30")).andReturn().getResponse();
		assertThat(response.getContentAsString()).contains(Html.text(this.messages, "milk.no-bank.title", "en"));
		assertThat(this.jdbc.queryForObject("select count(*) from milk_donor", Long.class)).isEqualTo(before);
	}

	@Test
	void sendingTheSameFormAgainSendsOneDonorToTheBank() throws Exception {
		String secret = PrivateLinks.newSecret();
		for (int i = 0; i < 3; i++) {
			assertThat(this.mvc.perform(DonorForms.form(secret, this.bank.near))
				.andReturn()
				.getResponse()
				.getRedirectedUrl()).isEqualTo("/milk-donation/d/" + secret + "?sent=1");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from milk_donor where secret_hash = ?", Long.class,
				PrivateLinks.hash(secret)))
			.isEqualTo(1);
	}

	@Test
	void aDonorWhoLostTheirLinkGetsANewOneAndTheOldOneStopsWorking() throws Exception {
		String email = this.bank.donorEmail();
		String secret = sent(this.mvc, this.bank.near, "email", email);
		UUID donor = this.bank.donorId(secret);
		assertThat(as(this.mvc, this.bank.staff, post("/milk-bank/donors/" + donor + "/new-link")).getStatus())
			.isEqualTo(302);
		awaitMails(email, 2);
		String link = TestMailServer.linkIn(TestMailServer.latestTo(email), "/milk-donation/d/");
		String fresh = link.substring(link.lastIndexOf('/') + 1);
		assertThat(fresh).isNotEqualTo(secret);
		assertThat(this.mvc.perform(get("/milk-donation/d/" + secret)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(page(this.mvc, fresh, "en")).contains(Html.text(this.messages, "milk.step.NEW_LINK", "en"));
	}

	@Test
	void theHomePageLeadsToMilkDonation() throws Exception {
		assertThat(this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString())
			.contains("href=\"/milk-donation\"");
	}

	private static void awaitMails(String address, int count) {
		org.awaitility.Awaitility.await().atMost(MAIL).until(() -> TestMailServer.countTo(address) >= count);
	}

}
