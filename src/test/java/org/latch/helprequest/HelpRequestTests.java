package org.latch.helprequest;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.TestMailServer;
import org.latch.platform.FieldCipher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latch.helprequest.HelpForms.form;
import static org.latch.helprequest.HelpForms.from;
import static org.latch.helprequest.HelpForms.secretIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A family asks for help without an account: the form, safety guidance, the private link
 * and its conversation, deletion, and what is kept (encrypted words, an anonymous count).
 * Tagged {@code persistence}: runs on H2 and again on PostgreSQL.
 */
@LatchWebTest
@Tag("persistence")
class HelpRequestTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HelpKeyRotation rotation;

	@Autowired
	HelpRequestRepository requests;

	@Test
	void aSpanishSpeakingParentNear10001AsksWithoutAnAccountAndGetsAReferenceAndAPrivateLink() throws Exception {
		String page = this.mvc.perform(get("/help").param("lang", "es")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(Html.text(this.messages, "help.title", "es"),
				Html.text(this.messages, "help.safety.body", "es"));
		String secret = secretIn(page);
		String email = UUID.randomUUID() + "@family.example.org";
		String question = "Me duele al amamantar " + secret;

		String location = this.mvc
			.perform(form(secret, "contact", "EMAIL", "email", email, "language", "es", "near", "10001", "question",
					question))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).isEqualTo("/help/r/" + secret + "?sent=1");

		String conversation = this.mvc.perform(get(location).param("lang", "es"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher reference = Pattern.compile("H-[A-Z0-9]{6}").matcher(conversation);
		assertThat(reference.find()).isTrue();
		assertThat(conversation)
			.contains(Html.escape(question), Html.text(this.messages, "help.sent.title", "es"),
					Html.text(this.messages, "help.sent.mailed", "es"))
			.doesNotContain(Html.text(this.messages, "help.urgent.title", "es"));

		String mail = TestMailServer.awaitMailTo(email, Duration.ofSeconds(10));
		assertThat(mail).contains(reference.group(), "/help/r/" + secret)
			.doesNotContain("duele", "amamantar", "UNDER_6_WEEKS",
					Html.text(this.messages, "help.baby.UNDER_6_WEEKS", "es"));
		assertThat(TestMailServer.subjectOfLatest(email))
			.isEqualTo(Html.text(this.messages, "mail.help.subject", "es"));

		// Stored encrypted; the place rounded; no way back from the link to the row but
		// its hash.
		var row = this.jdbc.queryForMap(
				"select question_sealed, contact_sealed, name_sealed, baby_sealed, latitude, language from help_request where reference = ?",
				reference.group());
		assertThat(row.values().toString()).doesNotContain("duele", email, "Ana", "UNDER_6_WEEKS", secret);
		assertThat((Double) row.get("latitude") * 100).isCloseTo(Math.rint((Double) row.get("latitude") * 100),
				org.assertj.core.data.Offset.offset(1e-6));
		assertThat(row.get("language")).isEqualTo("es");
	}

	@Test
	void sendingTheSameFormAgainSendsOneRequestAndCountsItOnce() throws Exception {
		String secret = newSecret();
		long counted = counted();
		for (int i = 0; i < 3; i++) {
			assertThat(this.mvc.perform(form(secret)).andReturn().getResponse().getRedirectedUrl())
				.isEqualTo("/help/r/" + secret + "?sent=1");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from help_request where secret_hash = ?", Long.class,
				HelpRequests.hash(secret)))
			.isEqualTo(1);
		assertThat(counted()).isEqualTo(counted + 1);
	}

	@Test
	void warningSignsOrWordsMarkTheRequestUrgentAndSayWhomToCallNow() throws Exception {
		String ticked = newSecret();
		this.mvc.perform(form(ticked, "signs", "SLEEPY_NOT_FEEDING"));
		assertThat(conversation(ticked, "fr")).contains(Html.text(this.messages, "help.urgent.title", "fr"),
				Html.text(this.messages, "help.urgent.body", "fr"));

		String written = newSecret();
		this.mvc.perform(form(written, "question", "Tengo fiebre y el pecho rojo"));
		assertThat(conversation(written, "es")).contains(Html.text(this.messages, "help.urgent.title", "es"));

		String calm = newSecret();
		this.mvc.perform(form(calm, "question", "When can we start solid foods?"));
		assertThat(conversation(calm, "en")).doesNotContain(Html.text(this.messages, "help.urgent.title", "en"));
		assertThat(this.jdbc.queryForObject("select count(*) from help_request where secret_hash in (?, ?) and urgent",
				Long.class, HelpRequests.hash(ticked), HelpRequests.hash(written)))
			.isEqualTo(2);
	}

	@Test
	void badAnswersAreExplainedNextToTheirFieldsAndNothingIsSaved() throws Exception {
		long before = this.jdbc.queryForObject("select count(*) from help_request", Long.class);
		var response = this.mvc
			.perform(form(newSecret(), "name", "", "contact", "EMAIL", "email", "not an address", "near",
					"Nowhereville Zzyzx 99999", "question", "x".repeat(4001), "baby", "NOT_A_BABY", "topics", "",
					"consent", "false"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(422);
		String page = response.getContentAsString();
		assertThat(page)
			.contains("id=\"name-error\"", "id=\"email-error\"", "id=\"near-error\"", "id=\"question-error\"",
					"id=\"baby-error\"", "id=\"topics-error\"", "id=\"consent-error\"")
			.contains(Html.text(this.messages, "validation.help.contact-email", "en"),
					Html.text(this.messages, "validation.help.consent", "en"),
					Html.text(this.messages, "validation.help.near", "en"));
		assertThat(this.mvc.perform(form("../../etc/passwd")).andReturn().getResponse().getStatus()).isEqualTo(400);
		assertThat(this.mvc.perform(form(newSecret(), "contact", "PIGEON")).andReturn().getResponse().getStatus())
			.isEqualTo(422);
		assertThat(this.jdbc.queryForObject("select count(*) from help_request", Long.class)).isEqualTo(before);
	}

	@Test
	void naughtyWordsAreKeptAsWrittenAndShownAsText() throws Exception {
		String secret = newSecret();
		String naughty = "<script>alert(1)</script> ' OR 1=1; -- \u202Eevil \uD83D\uDC76 \u0000end";
		this.mvc.perform(form(secret, "name", "Zoë 👶", "question", naughty));
		String page = conversation(secret, "en");
		assertThat(page).doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;", "OR 1=1; -- \u202Eevil \uD83D\uDC76 end", "Zoë 👶");
	}

	@Test
	void theFamilyWritesAgainThenDeletesEverythingAndOnlyTheCountStays() throws Exception {
		String secret = newSecret();
		this.mvc.perform(form(secret));
		long counted = counted();
		assertThat(this.mvc
			.perform(post("/help/r/" + secret + "/messages").with(csrf()).param("body", "Also, she is 3 weeks old"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/help/r/" + secret + "#messages");
		assertThat(conversation(secret, "en")).contains("Also, she is 3 weeks old");
		assertThat(this.mvc.perform(post("/help/r/" + secret + "/messages").with(csrf()).param("body", "  "))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(422);

		String id = this.jdbc.queryForObject("select cast(id as varchar) from help_request where secret_hash = ?",
				String.class, HelpRequests.hash(secret));
		assertThat(this.mvc.perform(post("/help/r/" + secret + "/delete").with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/help/deleted");

		assertThat(this.mvc.perform(get("/help/r/" + secret)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select count(*) from help_request where cast(id as varchar) = ?",
				Long.class, id))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from help_message where cast(request_id as varchar) = ?",
				Long.class, id))
			.isZero();
		assertThat(counted()).isEqualTo(counted);
	}

	@Test
	void oneNetworkAddressMaySendOnlyAFewRequestsAnHour() throws Exception {
		String address = "10.99." + ThreadLocalRandom.current().nextInt(256) + "."
				+ ThreadLocalRandom.current().nextInt(1, 255);
		for (int i = 0; i < 5; i++) {
			assertThat(this.mvc.perform(form(newSecret()).with(from(address))).andReturn().getResponse().getStatus())
				.isEqualTo(302);
		}
		var refused = this.mvc.perform(form(newSecret()).with(from(address))).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getContentAsString()).contains(Html.text(this.messages, "help.limited", "en"));
	}

	@Test
	void requestsSealedWithAnOlderKeyAreSealedAgainWithTheCurrentOne(@Autowired FieldCipher cipher) throws Exception {
		String secret = newSecret();
		this.mvc.perform(form(secret, "question", "Sealed with k1 at first"));
		HelpRequest request = this.requests.findBySecretHash(HelpRequests.hash(secret)).orElseThrow();
		FieldCipher old = FieldCipher.of("k1:9xJh9nrtOUrgTHwDZ41K/XkqVlSZcqqG+Ea7VO7OnbQ=");
		HelpRequest.Sealed sealed = request.sealed();
		request.seal(
				new HelpRequest.Sealed(old.encrypt(HelpRequests.NAME, cipher.decrypt(HelpRequests.NAME, sealed.name())),
						null, old.encrypt(HelpRequests.BABY, cipher.decrypt(HelpRequests.BABY, sealed.baby())),
						old.encrypt(HelpRequests.QUESTION, "Sealed with k1 at first")));
		this.requests.save(request);
		assertThat(question(secret)).startsWith("k1:");

		assertThat(this.rotation.rotate()).isGreaterThanOrEqualTo(1);
		assertThat(question(secret)).startsWith("k2:");
		assertThat(conversation(secret, "en")).contains("Sealed with k1 at first");
	}

	private String question(String secret) {
		return this.jdbc.queryForObject("select question_sealed from help_request where secret_hash = ?", String.class,
				HelpRequests.hash(secret));
	}

	private long counted() {
		return this.jdbc.queryForObject("select count(*) from help_count", Long.class);
	}

	private String conversation(String secret, String language) throws Exception {
		return this.mvc.perform(get("/help/r/" + secret).param("lang", language))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String newSecret() throws Exception {
		return secretIn(this.mvc.perform(get("/help")).andReturn().getResponse().getContentAsString());
	}

}
