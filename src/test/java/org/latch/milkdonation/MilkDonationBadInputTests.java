package org.latch.milkdonation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.platform.PrivateLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latch.milkdonation.DonorForms.as;
import static org.latch.milkdonation.DonorForms.form;
import static org.latch.milkdonation.DonorForms.page;
import static org.latch.milkdonation.DonorForms.sent;
import static org.latch.milkdonation.DonorForms.step;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every field of every milk donation form tried with bad values: a translated message
 * next to the field (or a 400 for what no page lets anyone type), never a 500, and
 * nothing half-saved.
 */
@LatchWebTest
@Tag("persistence")
class MilkDonationBadInputTests {

	private static final String NAUGHTY = "<script>alert(1)</script> ' OR 1=1; -- \u202Eevil \uD83D\uDC76";

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
	void badAnswersAreExplainedNextToTheirFieldsInTheReadersLanguageAndNothingIsSaved() throws Exception {
		long before = donors();
		MockHttpServletResponse response = this.mvc
			.perform(form(PrivateLinks.newSecret(), "Nowhereville Zzyzx 99999", "name", "x".repeat(81), "email",
					"not an address", "phone", "call me", "language", "xx-klingon", "baby", "NOT_A_BABY",
					ScreeningQuestion.GOOD_HEALTH.field(), "MAYBE", ScreeningQuestion.TATTOO.field(), "", "consent",
					"false")
				.param("lang", "ht"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString())
			.contains("id=\"name-error\"", "id=\"email-error\"", "id=\"phone-error\"", "id=\"language-error\"",
					"id=\"near-error\"", "id=\"baby-error\"", "id=\"q-GOOD_HEALTH-error\"", "id=\"q-TATTOO-error\"",
					"id=\"consent-error\"")
			.contains(Html.text(this.messages, "validation.milk.email", "ht"),
					Html.text(this.messages, "validation.milk.near", "ht"),
					Html.text(this.messages, "validation.milk.answer", "ht"),
					Html.text(this.messages, "validation.milk.consent", "ht"))
			.contains("href=\"#q-GOOD_HEALTH\"", "aria-invalid=\"true\"");
		assertThat(donors()).isEqualTo(before);
	}

	@Test
	void noWayToReachTheDonorIsExplainedNextToTheEmailField() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(form(PrivateLinks.newSecret(), this.bank.near, "email", "", "phone", ""))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("id=\"email-error\"",
				Html.text(this.messages, "validation.milk.contact", "en"));
	}

	@Test
	void hiddenFieldsNoPageLetsAnyoneTypeAreRefusedWith400() throws Exception {
		long before = donors();
		for (String secret : new String[] { "../../etc/passwd", "", "short" }) {
			assertThat(this.mvc.perform(form(secret, this.bank.near)).andReturn().getResponse().getStatus()).as(secret)
				.isEqualTo(400);
		}
		assertThat(this.mvc.perform(form(PrivateLinks.newSecret(), this.bank.near, "campaign", "'; drop table x"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
		assertThat(
				this.mvc.perform(get("/milk-donation").param("campaign", "nope")).andReturn().getResponse().getStatus())
			.isEqualTo(400);
		assertThat(this.mvc.perform(post("/milk-donation").with(csrf())).andReturn().getResponse().getStatus())
			.isEqualTo(400);
		assertThat(donors()).isEqualTo(before);
	}

	@Test
	void naughtyWordsAreKeptAsWrittenAndShownAsText() throws Exception {
		String secret = sent(this.mvc, this.bank.near, "name", "Zoë " + NAUGHTY.substring(0, 40));
		String page = page(this.mvc, secret, "en");
		assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(this.mvc.perform(form(PrivateLinks.newSecret(), this.bank.near, "name", "Ana\u0000\u0007"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(422);
	}

	@Test
	void badDonationsPledgesAndStepsAreExplainedAndChangeNothing() throws Exception {
		String secret = sent(this.mvc, this.bank.near);
		UUID donor = this.bank.donorId(secret);
		assertThat(this.mvc
			.perform(post("/milk-donation/d/" + secret + "/donations").with(csrf())
				.param("place", this.bank.depot.toString())
				.param("date", LocalDate.now(ZoneOffset.UTC).toString())
				.param("amount", "10")
				.param("unit", "OZ"))
			.andReturn()
			.getResponse()
			.getStatus()).as("not approved yet").isEqualTo(404);

		MockHttpServletResponse pledge = this.mvc
			.perform(post("/milk-donation/d/" + secret + "/pledge").with(csrf())
				.param("amount", "-3")
				.param("unit", "GALLONS"))
			.andReturn()
			.getResponse();
		assertThat(pledge.getStatus()).isEqualTo(422);
		assertThat(pledge.getContentAsString()).contains("id=\"pledge-amount-error\"",
				Html.text(this.messages, "validation.milk.amount", "en"));
		assertThat(this.jdbc.queryForObject("select pledge_amount from milk_donor where id = ?", Object.class, donor))
			.isNull();

		MockHttpServletResponse unknownStep = step(this.mvc, this.bank.staff, donor, "DROP_TABLE");
		assertThat(unknownStep.getStatus()).isEqualTo(422);
		assertThat(unknownStep.getContentAsString()).contains("id=\"kind-error\"");
		assertThat(step(this.mvc, this.bank.staff, donor, "SUBMITTED").getStatus()).isEqualTo(422);
		assertThat(step(this.mvc, this.bank.staff, donor, "NOT_ELIGIBLE").getContentAsString())
			.contains("id=\"reason-error\"");
		assertThat(step(this.mvc, this.bank.staff, donor, "NOT_ELIGIBLE", "reason", "BECAUSE").getStatus())
			.isEqualTo(422);
		assertThat(step(this.mvc, this.bank.staff, donor, "NOTE", "note", "  ").getStatus()).isEqualTo(422);
		assertThat(step(this.mvc, this.bank.staff, donor, "NOTE", "note", "x".repeat(4001)).getStatus()).isEqualTo(422);
		MockHttpServletResponse early = step(this.mvc, this.bank.staff, donor, "BLOOD_TEST_RESULT", "result", "CLEAR");
		assertThat(early.getStatus()).isEqualTo(409);
		assertThat(early.getContentAsString()).contains(Html.text(this.messages, "milk.refusal.NO_TEST_ORDERED", "en"));
		step(this.mvc, this.bank.staff, donor, "BLOOD_TEST_ORDERED");
		assertThat(step(this.mvc, this.bank.staff, donor, "BLOOD_TEST_RESULT", "result", "MAYBE").getContentAsString())
			.contains("id=\"result-error\"");
		assertThat(step(this.mvc, this.bank.staff, donor, "APPROVED").getStatus()).isEqualTo(409);
		assertThat(this.jdbc.queryForList("select kind from milk_donor_step where donor_id = ? order by at",
				String.class, donor))
			.containsExactly("SUBMITTED", "BLOOD_TEST_ORDERED");
		assertThat(as(this.mvc, this.bank.staff, get("/milk-bank/donors/not-a-uuid")).getStatus()).isEqualTo(400);
		assertThat(as(this.mvc, this.bank.staff, get("/milk-bank/donors/" + UUID.randomUUID())).getStatus())
			.isEqualTo(404);
		assertThat(as(this.mvc, this.bank.staff, get("/milk-bank").param("stage", "EVERYTHING")).getStatus())
			.isEqualTo(400);
	}

	@Test
	void badDonationEntriesAreExplainedNextToTheirFields() throws Exception {
		String secret = sent(this.mvc, this.bank.near);
		UUID donor = this.bank.donorId(secret);
		DonorForms.approve(this.mvc, this.bank.staff, donor);
		String[][] bad = { { UUID.randomUUID().toString(), "2020-01-01", "1e9", "OZ" },
				{ "x", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString(), "abc", "ML" },
				{ this.bank.depot.toString(), "31/12/2025", "0", "CUPS" },
				{ this.bank.depot.toString(), "", "5000.5", "OZ" } };
		for (String[] values : bad) {
			MockHttpServletResponse donorSide = this.mvc
				.perform(post("/milk-donation/d/" + secret + "/donations").with(csrf())
					.param("place", values[0])
					.param("date", values[1])
					.param("amount", values[2])
					.param("unit", values[3])
					.param("lang", "es"))
				.andReturn()
				.getResponse();
			assertThat(donorSide.getStatus()).isEqualTo(422);
			assertThat(donorSide.getContentAsString()).contains("id=\"amount-error\"",
					Html.text(this.messages, "validation.milk.amount", "es"));
			MockHttpServletResponse staffSide = as(this.mvc, this.bank.staff,
					post("/milk-bank/donors/" + donor + "/donations").param("place", values[0])
						.param("date", values[1])
						.param("amount", values[2])
						.param("unit", values[3]));
			assertThat(staffSide.getStatus()).isEqualTo(422);
			assertThat(staffSide.getContentAsString()).contains("id=\"amount-error\"");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from milk_donation where donor_id = ?", Long.class, donor))
			.isZero();
	}

	private long donors() {
		return this.jdbc.queryForObject("select count(*) from milk_donor", Long.class);
	}

}
