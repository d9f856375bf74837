package org.latch.helprequest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.TestMailServer;
import org.latch.account.AccountManagement;
import org.latch.directory.DirectoryManagement;
import org.latch.directory.HealthProfessionals;
import org.latch.directory.NewProfessional;
import org.latch.directory.ProfessionalId;
import org.latch.directory.ProfessionalKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.latch.helprequest.HelpForms.form;
import static org.latch.helprequest.HelpForms.secretIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A family's request finds its Leader: offered to the nearest Leader who speaks the
 * family's language, answered inside Latch, moved on when nobody accepts in time, and
 * handed to the Area Administrator at last. Tests move time by handing the routing an
 * instant. Tagged {@code persistence}: runs on H2 and again on PostgreSQL.
 */
@LatchWebTest
@Tag("persistence")
class HelpRoutingTests {

	private static final Pattern REFERENCE = Pattern.compile("H-[A-Z0-9]{6}");

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HelpRouting routing;

	@Autowired
	HelpManagement help;

	HelpNetwork network;

	HelpRows rows;

	@BeforeEach
	void network(@Autowired DirectoryManagement directory, @Autowired AccountManagement accounts,
			@Autowired HelpViewers viewers, @Autowired HelperSettings settings) {
		this.network = new HelpNetwork(directory, accounts, viewers, settings);
		this.rows = new HelpRows(this.jdbc);
	}

	@Test
	void aSpanishRequestGoesToTheNearestSpanishSpeakingLeaderWhoAnswersItInsideLatch() throws Exception {
		String familyEmail = UUID.randomUUID() + "@family.example.org";
		String secret = newSecret();
		this.mvc.perform(form(secret, "language", "es", "near", this.network.nearTheCentre(), "contact", "EMAIL",
				"email", familyEmail, "question", "Me duele mucho al amamantar"));
		String reference = reference(secret);
		UUID offer = this.rows.awaitOfferTo(this.network.near, reference);

		String offered = TestMailServer.awaitMailTo(this.network.near, Duration.ofSeconds(10));
		assertThat(offered).contains(reference, "/leader/help").doesNotContain("duele", "amamantar", "Ana");
		assertThat(this.rows.offersTo(this.network.farther, reference)).isZero();
		assertThat(this.rows.offersTo(this.network.englishOnly, reference)).isZero();

		String inbox = page(this.network.near, "/leader/help");
		assertThat(inbox).contains(reference, Html.text(this.messages, "help.topic.LATCH_AND_PAIN", "en"))
			.doesNotContain("duele");
		UUID id = this.rows.requestId(reference);
		assertThat(page(this.network.near, "/leader/help/" + id)).contains("Me duele mucho al amamantar");
		assertThat(status(this.network.farther, "/leader/help/" + id)).isEqualTo(404);

		assertThat(this.mvc
			.perform(post("/leader/help/offers/" + offer + "/accept").param("request", id.toString())
				.with(user(this.network.near))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/leader/help/" + id);
		assertThat(requestStatus(reference)).isEqualTo("ANSWERING");
		assertThat(page(this.network.near, "/leader/help/" + id)).contains(familyEmail);

		this.mvc.perform(post("/leader/help/" + id + "/reply").param("body", "Hola, probemos otra posición.")
			.with(user(this.network.near))
			.with(csrf()));
		String conversation = this.mvc.perform(get("/help/r/" + secret).param("lang", "es"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(conversation).contains("Hola, probemos otra posición.", name(this.network.near),
				Html.text(this.messages, "help.status.ANSWERING", "es"));
		await().atMost(Duration.ofSeconds(10)).until(() -> TestMailServer.countTo(familyEmail) == 2);
		assertThat(TestMailServer.subjectOfLatest(familyEmail))
			.isEqualTo(Html.text(this.messages, "mail.help-answered.subject", "es"));
		assertThat(TestMailServer.latestTo(familyEmail)).contains(reference).doesNotContain("probemos");
		assertThat(steps(reference)).containsExactly("OFFERED", "ACCEPTED", "ANSWERED");

		this.mvc.perform(post("/leader/help/" + id + "/reply").param("body", "¿Funcionó?")
			.with(user(this.network.near))
			.with(csrf()));
		String report = this.mvc
			.perform(get("/leader/reports.csv").param("scope", this.network.area.toString())
				.param("period", java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString())
				.with(user(this.network.admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> rows = report.lines().toList();
		int latch = List.of(rows.getFirst().split(","))
			.indexOf(Html.text(this.messages, "contacts.channel.LATCH", "en"));
		assertThat(latch).as(rows.getFirst()).isPositive();
		assertThat(rows.get(1).split(",")[latch]).as("one request answered twice is one contact").isEqualTo("1");

		assertThat(this.mvc.perform(post("/help/r/" + secret + "/thanks").param("rating", "six").with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
		this.mvc.perform(post("/help/r/" + secret + "/thanks").param("rating", "5").with(csrf()));
		this.mvc.perform(post("/help/r/" + secret + "/thanks").param("rating", "1").with(csrf()));
		assertThat(this.mvc.perform(get("/help/r/" + secret)).andReturn().getResponse().getContentAsString())
			.contains(Html.text(this.messages, "help.thanks.done", "en"))
			.doesNotContain("name=\"rating\"");
		assertThat(page(this.network.near, "/leader/help/" + id))
			.contains(Html.text(this.messages, "help.thanks.stars.5", "en"));
		assertThat(steps(reference)).endsWith("THANKED");
	}

	@Test
	void anOfferNotAcceptedInTimeMovesOnAndThenGoesToTheAreaAdministrator() throws Exception {
		String secret = newSecret();
		this.mvc.perform(form(secret, "language", "es", "near", this.network.nearTheCentre()));
		String reference = reference(secret);
		this.rows.awaitOfferTo(this.network.near, reference);
		Instant offered = offeredAt(reference);

		this.routing.sweep(offered.plus(Duration.ofHours(23)));
		assertThat(this.rows.offersTo(this.network.farther, reference)).isZero();

		this.routing.sweep(offered.plus(Duration.ofHours(24)).plusSeconds(1));
		assertThat(this.rows.offersTo(this.network.farther, reference)).isEqualTo(1);
		assertThat(requestStatus(reference)).isEqualTo("WAITING");

		this.routing.sweep(offered.plus(Duration.ofHours(49)));
		assertThat(requestStatus(reference)).isEqualTo("ESCALATED");
		assertThat(steps(reference)).containsExactly("OFFERED", "EXPIRED", "OFFERED", "EXPIRED", "ESCALATED");
		String mail = TestMailServer.awaitMailTo(this.network.admin, Duration.ofSeconds(10));
		assertThat(mail).contains(reference, "/leader/help/queue");

		String queue = page(this.network.admin, "/leader/help/queue");
		assertThat(queue).contains(reference);
		assertThat(status(this.network.near, "/leader/help/queue")).isEqualTo(403);
		UUID id = this.rows.requestId(reference);
		UUID farther = this.rows.personId(this.network.farther);
		this.mvc.perform(post("/leader/help/" + id + "/assign").param("helper", farther.toString())
			.with(user(this.network.admin))
			.with(csrf()));
		assertThat(requestStatus(reference)).isEqualTo("ANSWERING");
		assertThat(page(this.network.farther, "/leader/help")).contains(reference);
		assertThat(page(this.network.admin, "/leader/help/queue")).doesNotContain(reference);
		assertThat(steps(reference)).endsWith("ESCALATED", "ASSIGNED");
	}

	@Test
	void anUrgentRequestIsOfferedForTwoHoursOnly() throws Exception {
		String secret = newSecret();
		this.mvc.perform(
				form(secret, "language", "es", "near", this.network.nearTheCentre(), "signs", "SLEEPY_NOT_FEEDING"));
		String reference = reference(secret);
		this.rows.awaitOfferTo(this.network.near, reference);
		Long minutes = this.jdbc.queryForObject("""
				select max(o.due_at) from help_offer o join help_request r on r.id = o.request_id where r.reference = ?
				""",
				(rs, row) -> Duration
					.between(offeredAt(reference), rs.getObject(1, java.time.OffsetDateTime.class).toInstant())
					.toMinutes(),
				reference);
		assertThat(minutes).isEqualTo(120);
	}

	@Test
	void aDeclinedOfferMovesOnAtOnceAndWhenEveryoneDeclinesTheAreaAdministratorHasIt() throws Exception {
		String secret = newSecret();
		this.mvc.perform(form(secret, "language", "es", "near", this.network.nearTheCentre()));
		String reference = reference(secret);
		UUID first = this.rows.awaitOfferTo(this.network.near, reference);
		this.mvc.perform(post("/leader/help/offers/" + first + "/decline").param("reason", "TOO_BUSY")
			.with(user(this.network.near))
			.with(csrf()));
		UUID second = this.rows.awaitOfferTo(this.network.farther, reference);
		assertThat(this.mvc
			.perform(post("/leader/help/offers/" + first + "/accept")
				.param("request", this.rows.requestId(reference).toString())
				.with(user(this.network.near))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/leader/help?gone=1");
		this.mvc.perform(post("/leader/help/offers/" + second + "/decline").param("reason", "AWAY")
			.with(user(this.network.farther))
			.with(csrf()));
		assertThat(requestStatus(reference)).as(steps(reference).toString() + this.jdbc.queryForList(
				"select o.helper_id, o.answer from help_offer o join help_request r on r.id = o.request_id where r.reference = ?",
				reference))
			.isEqualTo("ESCALATED");
		String opened = page(this.network.admin, "/leader/help/" + this.rows.requestId(reference));
		assertThat(opened).contains(Html.text(this.messages, "decline.TOO_BUSY", "en"),
				Html.text(this.messages, "decline.AWAY", "en"));
	}

	@Test
	void familiesAndStrangersHaveNoInboxAndLeadersCannotOpenRequestsNotTheirs() throws Exception {
		assertThat(this.mvc.perform(get("/leader/help").accept(org.springframework.http.MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).endsWith("/sign-in");
		String familyEmail = UUID.randomUUID() + "@family.example.org";
		assertThat(status(familyEmail, "/leader/help")).isEqualTo(403);
		String secret = newSecret();
		this.mvc.perform(form(secret, "language", "es", "near", this.network.nearTheCentre()));
		String reference = reference(secret);
		this.rows.awaitOfferTo(this.network.near, reference);
		UUID id = this.rows.requestId(reference);
		assertThat(status(this.network.englishOnly, "/leader/help/" + id)).isEqualTo(404);
		assertThat(this.mvc
			.perform(post("/leader/help/" + id + "/reply").param("body", "Not mine")
				.with(user(this.network.englishOnly))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(status(this.network.near, "/leader/help/not-a-uuid")).isEqualTo(400);
	}

	@Test
	void everyReadIsShownToTheFamilyAndDeletingTakesOffersAndStepsWithIt() throws Exception {
		String secret = newSecret();
		this.mvc.perform(form(secret, "language", "es", "near", this.network.nearTheCentre()));
		String reference = reference(secret);
		this.rows.awaitOfferTo(this.network.near, reference);
		UUID id = this.rows.requestId(reference);
		page(this.network.admin, "/leader/help/" + id);
		page(this.network.near, "/leader/help/" + id);
		String conversation = this.mvc.perform(get("/help/r/" + secret)).andReturn().getResponse().getContentAsString();
		assertThat(conversation).contains(name(this.network.admin), name(this.network.near),
				Html.text(this.messages, "role.area-admin", "en"), Html.text(this.messages, "role.leader", "en"));

		this.mvc.perform(post("/help/r/" + secret + "/delete").with(csrf()));
		for (String table : List.of("help_offer", "help_step", "help_read")) {
			assertThat(
					this.jdbc.queryForObject("select count(*) from " + table + " where request_id = ?", Long.class, id))
				.as(table)
				.isZero();
		}
		assertThat(page(this.network.near, "/leader/help")).doesNotContain(reference);
	}

	@Test
	void theLeaderClosesWithAnOutcomeAndTheTopicsItWasAbout() throws Exception {
		String secret = newSecret();
		String reference = acceptedByTheNearestLeader(secret);
		UUID id = this.rows.requestId(reference);
		var refused = this.mvc.perform(post("/leader/help/" + id + "/close").with(user(this.network.near)).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString())
			.contains(Html.text(this.messages, "validation.help.leader.outcome", "en"));
		this.mvc.perform(post("/leader/help/" + id + "/close").param("outcome", "REFERRED")
			.param("topics", "MILK_SUPPLY", "PUMPING")
			.with(user(this.network.near))
			.with(csrf()));
		assertThat(this.jdbc.queryForMap("select status, outcome, topics from help_request where id = ?", id))
			.containsValues("CLOSED", "REFERRED", "MILK_SUPPLY,PUMPING");
		assertThat(page(this.network.near, "/leader/help")).doesNotContain(reference);
	}

	@Test
	void aRequestCountsOnceAmongFamiliesHelpedWhenALeaderFirstAnswersItAndALoggedContactOnce() throws Exception {
		String secret = newSecret();
		String reference = acceptedByTheNearestLeader(secret);
		UUID id = this.rows.requestId(reference);
		long accepted = this.help.familiesHelped();

		for (String body : List.of("Hola, probemos otra posición.", "¿Funcionó?")) {
			this.mvc.perform(post("/leader/help/" + id + "/reply").param("body", body)
				.with(user(this.network.near))
				.with(csrf()));
		}
		this.mvc.perform(post("/leader/help/" + id + "/close").param("outcome", "HELPED")
			.param("topics", "LATCH_AND_PAIN")
			.with(user(this.network.near))
			.with(csrf()));
		assertThat(this.help.familiesHelped()).as("answered twice and closed: counted once, when first answered")
			.isEqualTo(accepted + 1);

		this.mvc.perform(post("/leader/contacts").param("date", LocalDate.now(ZoneOffset.UTC).toString())
			.param("channel", "PHONE")
			.param("topics", "MILK_SUPPLY", "PUMPING")
			.with(user(this.network.near))
			.with(csrf()));
		assertThat(this.help.familiesHelped()).as("a phone call the Leader logged, whatever its topics")
			.isEqualTo(accepted + 2);
	}

	@Test
	void theAnsweringLeaderRefersTheFamilyToAGroupNearThemFromTheDirectory() throws Exception {
		String secret = newSecret();
		this.mvc.perform(form(secret, "language", "es", "near", this.network.nearTheCentre()));
		String reference = reference(secret);
		UUID offer = this.rows.awaitOfferTo(this.network.near, reference);
		UUID id = this.rows.requestId(reference);
		assertThat(page(this.network.near, "/leader/help/" + id)).doesNotContain("name=\"place\"");
		this.routing.accept(this.rows.personId(this.network.near), offer, Instant.now());

		String opened = page(this.network.near, "/leader/help/" + id);
		Matcher group = Pattern.compile("name=\"place\" value=\"(group:help-centre-[^\"]+)\"").matcher(opened);
		assertThat(group.find()).as("the group nearest the family is offered").isTrue();
		assertThat(this.mvc
			.perform(post("/leader/help/" + id + "/refer").param("place", "group:somewhere-else")
				.with(user(this.network.near))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		this.mvc.perform(post("/leader/help/" + id + "/refer").param("place", group.group(1))
			.with(user(this.network.near))
			.with(csrf()));
		String conversation = this.mvc.perform(get("/help/r/" + secret).param("lang", "es"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(conversation).contains("/groups/" + group.group(1).substring("group:".length()));
		assertThat(steps(reference)).endsWith("ACCEPTED", "ANSWERED", "REFERRED");
	}

	@Test
	void theAnsweringLeaderRefersTheFamilyToALactationConsultantWhoSpeaksTheirLanguage(
			@Autowired HealthProfessionals professionals) throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		ProfessionalId english = professionals.add(professional("English IBCLC " + run, List.of("en"), 0, false));
		ProfessionalId spanish = professionals
			.add(professional("Consultora Ramírez " + run, List.of("es", "en"), 0.02, false));
		ProfessionalId video = professionals.add(professional("Doctora Video " + run, List.of("es"), 3, true));
		try {
			String secret = newSecret();
			String reference = acceptedByTheNearestLeader(secret);
			UUID id = this.rows.requestId(reference);

			String opened = page(this.network.near, "/leader/help/" + id);
			int spanishAt = opened.indexOf("value=\"care:" + spanish.value() + "\"");
			int englishAt = opened.indexOf("value=\"care:" + english.value() + "\"");
			assertThat(spanishAt).as("the consultant who speaks Spanish is offered").isPositive();
			assertThat(englishAt).as("then the one nearer who does not").isGreaterThan(spanishAt);
			assertThat(opened).as("and a doctor who sees families by video in Spanish")
				.contains("value=\"care:" + video.value() + "\"")
				.contains(Html.text(this.messages, "professional.kind.ibclc", "en"));

			this.mvc.perform(post("/leader/help/" + id + "/refer").param("place", "care:" + spanish.value())
				.with(user(this.network.near))
				.with(csrf()));
			String conversation = this.mvc.perform(get("/help/r/" + secret).param("lang", "es"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(conversation).contains(Html.text(this.messages, "help.referral.professional", "es",
					"Consultora Ramírez " + run + ", IBCLC",
					"Lactancia Demo · +1 555 0100 · https://lactancia.example.org"));
			assertThat(steps(reference)).endsWith("ACCEPTED", "ANSWERED", "REFERRED");
		}
		finally {
			List.of(english, spanish, video).forEach(professionals::remove);
		}
	}

	/** An IBCLC {@code north} degrees north of the family's place. */
	private NewProfessional professional(String name, List<String> languages, double north, boolean video) {
		return new NewProfessional(ProfessionalKind.IBCLC, this.network.area, name, "IBCLC", "12345678",
				"Lactancia Demo", null, "Pacific", null, null, "US", this.network.latitude - 0.01 + north,
				this.network.longitude, "+1 555 0100", "https://lactancia.example.org", languages, video);
	}

	private Instant offeredAt(String reference) {
		return this.jdbc.queryForObject("""
				select min(o.offered_at) from help_offer o join help_request r on r.id = o.request_id
				where r.reference = ?
				""", java.time.OffsetDateTime.class, reference).toInstant();
	}

	private List<String> steps(String reference) {
		return this.jdbc.queryForList("""
				select s.kind from help_step s join help_request r on r.id = s.request_id
				where r.reference = ? order by s.seq
				""", String.class, reference);
	}

	private String requestStatus(String reference) {
		return this.jdbc.queryForObject("select status from help_request where reference = ?", String.class, reference);
	}

	private String name(String email) {
		return this.jdbc.queryForObject("select display_name from account where email = ?", String.class, email);
	}

	/**
	 * Sends a Spanish request near the centre group, which the nearest Leader accepts;
	 * its reference.
	 */
	private String acceptedByTheNearestLeader(String secret) throws Exception {
		this.mvc.perform(form(secret, "language", "es", "near", this.network.nearTheCentre()));
		String reference = reference(secret);
		UUID offer = this.rows.awaitOfferTo(this.network.near, reference);
		this.routing.accept(this.rows.personId(this.network.near), offer, Instant.now());
		return reference;
	}

	private String reference(String secret) throws Exception {
		String page = this.mvc.perform(get("/help/r/" + secret)).andReturn().getResponse().getContentAsString();
		Matcher matcher = REFERENCE.matcher(page);
		assertThat(matcher.find()).as("the conversation shows its reference").isTrue();
		return matcher.group();
	}

	private String page(String email, String path) throws Exception {
		var response = this.mvc.perform(get(path).with(user(email))).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	private int status(String email, String path) throws Exception {
		return this.mvc.perform(get(path).with(user(email))).andReturn().getResponse().getStatus();
	}

	private String newSecret() throws Exception {
		return secretIn(this.mvc.perform(get("/help")).andReturn().getResponse().getContentAsString());
	}

}
