package org.latch.milkdonation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.account.AccountManagement;
import org.latch.platform.FieldCipher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.latch.milkdonation.DonorForms.as;
import static org.latch.milkdonation.DonorForms.page;
import static org.latch.milkdonation.DonorForms.sent;
import static org.latch.milkdonation.DonorForms.step;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What a donor tells the bank is stored encrypted, opens only for that donor's row, is
 * read only by the bank's staff with every read shown to the donor, and is deleted when
 * the donor asks or after the kept months, while the milk given stays counted.
 */
@LatchWebTest
@Tag("persistence")
class MilkDonorPrivacyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ApplicationContext context;

	@Autowired
	DonorCipher cipher;

	@Autowired
	MilkKeyRotation rotation;

	@Autowired
	MilkPurge purge;

	MilkFixtures bank;

	@BeforeEach
	void bank() {
		this.bank = new MilkFixtures(this.context);
	}

	@Test
	void wordsAnswersNotesAndResultsAreStoredOnlyEncrypted() throws Exception {
		String email = this.bank.donorEmail();
		String secret = sent(this.mvc, this.bank.near, "name", "Zélie Quarantaine", "email", email,
				ScreeningQuestion.REGULAR_MEDICATIONS.field(), "YES");
		UUID donor = this.bank.donorId(secret);
		step(this.mvc, this.bank.staff, donor, "BLOOD_TEST_ORDERED");
		step(this.mvc, this.bank.staff, donor, "BLOOD_TEST_RESULT", "result", "NOT_CLEAR", "note",
				"Hepatitis B positive");
		step(this.mvc, this.bank.staff, donor, "NOT_ELIGIBLE", "reason", "BLOOD_TEST");

		String row = this.jdbc.queryForMap("select * from milk_donor where id = ?", donor).values().toString();
		assertThat(row).doesNotContain("Zélie", email, "REGULAR_MEDICATIONS", "UNDER_6_MONTHS", this.bank.near,
				"907 555", secret);
		String steps = this.jdbc
			.queryForList("select kind, outcome_sealed, note_sealed from milk_donor_step where donor_id = ?", donor)
			.toString();
		assertThat(steps).contains("BLOOD_TEST_RESULT").doesNotContain("NOT_CLEAR", "Hepatitis", "BLOOD_TEST,");
		assertThat(this.bank.stage(donor)).isEqualTo("NOT_ELIGIBLE");

		String file = as(this.mvc, this.bank.staff, get("/milk-bank/donors/" + donor)).getContentAsString();
		assertThat(file).contains("Zélie Quarantaine", "Hepatitis B positive",
				Html.text(this.messages, "milk.result.NOT_CLEAR", "en"),
				Html.text(this.messages, "milk.reason.BLOOD_TEST", "en"));
	}

	@Test
	void aSealedValueCopiedToAnotherDonorsRowDoesNotOpen() throws Exception {
		UUID first = this.bank.donorId(sent(this.mvc, this.bank.near, "name", "First"));
		UUID second = this.bank.donorId(sent(this.mvc, this.bank.near, "name", "Second"));
		String sealed = this.jdbc.queryForObject("select name_sealed from milk_donor where id = ?", String.class,
				first);
		assertThat(this.cipher.open(first, MilkDonors.NAME, sealed)).isEqualTo("First");
		assertThatIllegalStateException().isThrownBy(() -> this.cipher.open(second, MilkDonors.NAME, sealed));
		assertThatIllegalStateException().isThrownBy(() -> this.cipher.open(first, MilkDonors.PHONE, sealed));
	}

	@Test
	void everyOpeningOfTheFileIsShownToTheDonorWithWhoAndWhen() throws Exception {
		String secret = sent(this.mvc, this.bank.near);
		UUID donor = this.bank.donorId(secret);
		assertThat(page(this.mvc, secret, "en")).contains(Html.text(this.messages, "milk.donor.reads.none", "en"));
		as(this.mvc, this.bank.staff, get("/milk-bank/donors/" + donor));
		as(this.mvc, this.bank.staff, get("/milk-bank/donors/" + donor));
		step(this.mvc, this.bank.staff, donor, "NOTE", "note", "Left a voicemail");
		var reads = this.jdbc.queryForList("select reader_id, reader, read_at from milk_donor_read where donor_id = ?",
				donor);
		assertThat(reads).hasSize(2).allSatisfy(read -> {
			assertThat(read.get("reader_id")).isEqualTo(this.accounts.person(this.bank.staff).orElseThrow().id());
			assertThat(read.get("reader")).isEqualTo("Beatriz Staff " + this.bank.run);
		});
		String mine = page(this.mvc, secret, "fr");
		assertThat(
				mine.split(
						java.util.regex.Pattern
							.quote(Html.text(this.messages, "milk.donor.read", "fr", "Beatriz Staff " + this.bank.run)),
						-1))
			.hasSize(3);
		assertThat(mine).doesNotContain("Left a voicemail");
		assertThat(as(this.mvc, this.bank.staff, get("/milk-bank")).getContentAsString()).as("the queue opens no file")
			.contains(this.bank.bankName);
		assertThat(
				this.jdbc.queryForObject("select count(*) from milk_donor_read where donor_id = ?", Long.class, donor))
			.isEqualTo(2);
	}

	@Test
	void donorsSealedWithAnOlderKeyAreSealedAgainWithTheCurrentOne() throws Exception {
		String secret = sent(this.mvc, this.bank.near, "name", "Old Key");
		UUID donor = this.bank.donorId(secret);
		step(this.mvc, this.bank.staff, donor, "NOTE", "note", "Sealed with m1");
		FieldCipher old = FieldCipher.of("m1:" + ring().get("m1"));
		this.jdbc.update("update milk_donor set name_sealed = ? where id = ?",
				old.encrypt(MilkDonors.NAME + "/" + donor, "Old Key"), donor);
		this.jdbc.update("update milk_donor_step set note_sealed = ? where donor_id = ? and kind = 'NOTE'",
				old.encrypt(MilkDonors.NOTE + "/" + donor, "Sealed with m1"), donor);
		assertThat(this.rotation.rotate()).isGreaterThanOrEqualTo(2);
		assertThat(this.jdbc.queryForObject("select name_sealed from milk_donor where id = ?", String.class, donor))
			.startsWith("m2:");
		assertThat(this.jdbc.queryForObject(
				"select note_sealed from milk_donor_step where donor_id = ? and kind = 'NOTE'", String.class, donor))
			.startsWith("m2:");
		assertThat(page(this.mvc, secret, "en")).contains("Old Key");
		assertThat(as(this.mvc, this.bank.staff, get("/milk-bank/donors/" + donor)).getContentAsString())
			.contains("Sealed with m1");
	}

	@Test
	void aDonorDeletesEverythingAndTheMilkTheyGaveStaysCounted() throws Exception {
		String secret = sent(this.mvc, this.bank.near);
		UUID donor = this.bank.donorId(secret);
		DonorForms.approve(this.mvc, this.bank.staff, donor);
		as(this.mvc, this.bank.staff,
				post("/milk-bank/donors/" + donor + "/donations").param("place", this.bank.depot.toString())
					.param("date", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString())
					.param("amount", "200")
					.param("unit", "OZ"));
		assertThat(this.mvc.perform(post("/milk-donation/d/" + secret + "/delete").with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/milk-donation/deleted");
		assertThat(this.mvc.perform(get("/milk-donation/d/" + secret)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		for (String table : new String[] { "milk_donor where id", "milk_donor_step where donor_id",
				"milk_donor_read where donor_id" }) {
			assertThat(this.jdbc.queryForObject("select count(*) from " + table + " = ?", Long.class, donor)).isZero();
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from milk_donation where donor_id is null and place_id = ? and amount = 200",
				Long.class, this.bank.depot))
			.isEqualTo(1);
		assertThat(as(this.mvc, this.bank.staff, get("/milk-bank/donors/" + donor)).getStatus()).isEqualTo(404);
	}

	@Test
	void donorsIdleLongerThanTheKeptMonthsAreDeletedAtNight() throws Exception {
		UUID idle = this.bank.donorId(sent(this.mvc, this.bank.near));
		UUID active = this.bank.donorId(sent(this.mvc, this.bank.near));
		this.jdbc.update("update milk_donor set updated_at = ? where id = ?",
				java.sql.Timestamp.from(Instant.now().minus(800, ChronoUnit.DAYS)), idle);
		assertThat(this.purge.purge(Instant.now())).isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from milk_donor where id = ?", Long.class, idle)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from milk_donor where id = ?", Long.class, active))
			.isEqualTo(1);
	}

	private Map<String, String> ring() {
		Map<String, String> keys = new java.util.HashMap<>();
		String ring = this.mvc.getDispatcherServlet()
			.getWebApplicationContext()
			.getEnvironment()
			.getProperty("latch.milk.keys", "");
		for (String entry : ring.split(",")) {
			String[] parts = entry.split(":", 2);
			keys.put(parts[0], parts[1]);
		}
		return keys;
	}

}
