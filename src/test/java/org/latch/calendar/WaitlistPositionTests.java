package org.latch.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.LatchWebTest;
import org.latch.TestMailServer;
import org.latch.platform.PrivateLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * People waiting for a full site learn their number in line: when someone in the middle
 * or at the head of the line cancels, or places free up and the first in line are
 * promoted, each person still waiting whose number changed gets one email in their
 * language, and their private page shows the number.
 */
@LatchWebTest
class WaitlistPositionTests {

	private static final Duration MAIL = Duration.ofSeconds(20);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Registrations registrations;

	@Autowired
	Clock clock;

	CalendarFixtures fixtures;

	UUID campaign;

	UUID site;

	@BeforeEach
	void setUp() {
		this.fixtures = new CalendarFixtures(this.context);
		this.campaign = this.fixtures.campaign(LocalDate.now(this.clock).plusDays(30));
		this.site = this.fixtures.site(this.campaign, 2, null);
	}

	@Test
	void cancellationsInTheMiddleAndAtTheHeadTellOnlyThoseBehindTheirNewNumber() throws Exception {
		Person full = register("full", "en", 2);
		Person first = register("first", "en", 1);
		Person middle = register("middle", "en", 1);
		Person spanish = register("spanish", "es", 1);
		Person french = register("french", "fr", 1);
		assertThat(page(french)).contains("you are number 4 on the waitlist");

		this.registrations.cancel(middle.secret());

		TestMailServer.awaitCountTo(spanish.email(), 2, MAIL);
		TestMailServer.awaitCountTo(french.email(), 2, MAIL);
		assertThat(TestMailServer.subjectOfLatest(spanish.email()))
			.isEqualTo("Ahora eres el número 2 de la lista de espera de Riverside " + this.fixtures.run);
		assertThat(TestMailServer.latestTo(spanish.email())).contains("Ahora eres el número 2", "no debes nada");
		assertThat(TestMailServer.subjectOfLatest(french.email()))
			.isEqualTo("Vous êtes maintenant numéro 3 sur la liste d’attente de Riverside " + this.fixtures.run);
		assertThat(TestMailServer.countTo(first.email())).as("the head of the line did not move").isEqualTo(1);
		assertThat(page(french)).contains("you are number 3 on the waitlist");

		this.registrations.cancel(first.secret());

		TestMailServer.awaitCountTo(spanish.email(), 3, MAIL);
		TestMailServer.awaitCountTo(french.email(), 3, MAIL);
		assertThat(TestMailServer.latestTo(spanish.email())).contains("Ahora eres el número 1");
		assertThat(TestMailServer.latestTo(french.email())).contains("Vous êtes maintenant numéro 2");
		assertThat(page(spanish)).contains("you are number 1 on the waitlist, first in line");
		assertThat(TestMailServer.countTo(full.email())).isEqualTo(1);
	}

	@Test
	void aPromotionTellsTheOneStillWaitingOnceAndThePromotedGetTheirPlaceInstead() throws Exception {
		Person full = register("full", "en", 2);
		Person promoted = register("promoted", "fr", 1);
		Person alsoPromoted = register("also", "en", 1);
		Person waiting = register("waiting", "es", 1);

		this.registrations.cancel(full.secret());

		TestMailServer.awaitCountTo(promoted.email(), 2, MAIL);
		TestMailServer.awaitCountTo(alsoPromoted.email(), 2, MAIL);
		TestMailServer.awaitCountTo(waiting.email(), 2, MAIL);
		assertThat(TestMailServer.latestTo(promoted.email())).contains("confirmée").doesNotContain("numéro");
		assertThat(TestMailServer.latestTo(waiting.email())).contains("Ahora eres el número 1");
		assertThat(page(waiting)).contains("you are number 1 on the waitlist");
	}

	private Person register(String who, String language, int people) {
		String email = who + "-" + UUID.randomUUID() + "@line-" + this.fixtures.run + ".example.org";
		String secret = PrivateLinks.newSecret();
		this.registrations.register(this.campaign, this.site, TeamChoice.NONE,
				new Entrant(who, email, language, people), secret);
		TestMailServer.awaitCountTo(email, 1, MAIL);
		return new Person(email, secret);
	}

	private String page(Person person) throws Exception {
		return this.mvc.perform(get(CampaignPaths.registration(person.secret())).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private record Person(String email, String secret) {
	}

}
