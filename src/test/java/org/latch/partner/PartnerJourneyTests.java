package org.latch.partner;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.TestMailServer;
import org.latch.account.AccountManagement;
import org.latch.partner.agreement.AgreementSteps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An organization applies, sees why it is or is not eligible, and goes through review and
 * its agreement to the public directory, with an email at every step.
 */
@LatchWebTest
@Tag("persistence")
@RecordApplicationEvents
class PartnerJourneyTests {

	private static final Duration MAIL = Duration.ofSeconds(10);

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MessageSource messages;

	@Test
	void anOrganizationWithNineMembersAndOneIbclcSeesExactlyWhyItIsNotYetEligible() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "en");
		PartnerSteps steps = new PartnerSteps(this.mvc, people.applicant);
		steps.organization("Nine Circle " + people.run);
		steps.recognition("REG-2024-99", PartnerFixtures.PDF, "registration.pdf");
		steps.people("9", "0", "Ana Souza", "12345678");
		steps.pledge();

		String overview = steps.page("");
		assertThat(overview).contains(Html.text(this.messages, "partner.criterion.members.missing", "en", 9, 10))
			.contains(Html.text(this.messages, "partner.criterion.ibclcs.missing", "en", 1, 2))
			.contains(Html.text(this.messages, "partner.criterion.legal.met", "en"))
			.contains(Html.text(this.messages, "partner.criterion.code.met", "en"));
		MockHttpServletResponse refused = steps.submit();
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString())
			.contains(Html.text(this.messages, "partner.submit.NOT_ELIGIBLE", "en"));
		assertThat(steps.page("")).contains(Html.text(this.messages, "partner.status.DRAFT", "en"));
		assertThat(TestMailServer.countTo(people.applicant)).isZero();
	}

	@Test
	void aDraftIsKeptSoTheApplicantCanComeBackAndContinue() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "en");
		PartnerSteps steps = new PartnerSteps(this.mvc, people.applicant);
		MockHttpServletResponse saved = steps.organization("Draft Circle " + people.run);
		assertThat(saved.getRedirectedUrl()).isEqualTo(steps.path("recognition"));

		assertThat(steps.send(get("/partners/apply")).getContentAsString()).contains("Draft Circle " + people.run)
			.contains(Html.text(this.messages, "partner.status.DRAFT", "en"));
		String organization = steps.page("organization");
		assertThat(organization).contains("value=\"Draft Circle " + people.run + "\"")
			.contains("value=\"Bahia\"")
			.contains("value=\"https://amamenta.example.org\"")
			.contains("We train volunteer breastfeeding counsellors.");
		assertThat(steps.page("")).contains(Html.text(this.messages, "partner.criterion.legal.missing", "en"))
			.contains(Html.text(this.messages, "partner.criterion.code.missing", "en"));
	}

	@Test
	void anEligibleOrganizationIsReviewedApprovedSignsItsAgreementAndIsListedInTheDirectory(ApplicationEvents events)
			throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "en");
		String name = "Amamenta Bahia " + people.run;
		PartnerSteps steps = new PartnerSteps(this.mvc, people.applicant).eligible(name);
		assertThat(steps.page("")).contains(Html.text(this.messages, "partner.criterion.members.met", "en", 12, 10))
			.contains(Html.text(this.messages, "partner.checklist.eligible", "en"));
		assertThat(steps.submit().getRedirectedUrl()).isEqualTo(steps.path(""));
		assertThat(TestMailServer.awaitMailTo(people.applicant, MAIL)).contains(name).contains(steps.path(""));

		assertThat(review(people.reviewer, get("/partners/review")).getContentAsString()).contains(name);
		String opened = review(people.reviewer, get("/partners/review/" + steps.id)).getContentAsString();
		assertThat(opened).contains("12345678")
			.contains("23456789")
			.contains("/partners/review/" + steps.id + "/evidence");
		assertThat(act(people.reviewer, steps.id, "start", null).getStatus()).isEqualTo(302);
		awaitMails(people.applicant, 2);
		assertThat(TestMailServer.subjectOfLatest(people.applicant)).isEqualTo(this.messages
			.getMessage("mail.partner.review-started.subject", new Object[] { name }, java.util.Locale.ENGLISH));
		assertThat(this.mvc.perform(get("/partners")).andReturn().getResponse().getContentAsString())
			.doesNotContain(name);

		assertThat(act(people.reviewer, steps.id, "approve", "Welcome aboard").getStatus()).isEqualTo(302);
		awaitMails(people.applicant, 4);
		assertThat(TestMailServer.textsTo(people.applicant).get(2)).contains("Welcome aboard");
		assertThat(events.stream(PartnerApproved.class)).containsExactly(new PartnerApproved(new PartnerId(steps.id),
				this.accounts.person(people.applicant).orElseThrow().id()));
		assertThat(this.mvc.perform(get("/partners")).andReturn().getResponse().getContentAsString())
			.as("listed once its agreement is signed and countersigned")
			.doesNotContain(name);
		AgreementSteps.of(this.mvc, people, steps.id).signedAndCountersigned();

		String directory = this.mvc.perform(get("/partners").param("region", "bahía").param("language", "pt-BR"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(directory).contains(name).contains("/partners/" + steps.id);
		assertThat(this.mvc.perform(get("/partners").param("level", "LOCAL"))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain(name);
		assertThat(this.mvc.perform(get("/partners").param("region", "Brazil"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(name);
		String page = this.mvc.perform(get("/partners/" + steps.id)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(name)
			.contains("We train volunteer breastfeeding counsellors.")
			.doesNotContain("contact@amamenta.example.org")
			.doesNotContain("12345678")
			// speaks to visitors, not with the form's words to the applicant
			.contains(Html.text(this.messages, "partner.profile.region", "en"))
			.doesNotContain(Html.text(this.messages, "field.partner.region", "en"));
		assertThat(review(people.reviewer, get("/partners/review/" + steps.id)).getContentAsString())
			.contains(Html.text(this.messages, "partner.action.APPROVED", "en", "Rita Reviewer"))
			.contains(Html.text(this.messages, "partner.action.SUBMITTED", "en", "Marisol Applicant"));
	}

	@Test
	void reviewersAskForMoreTheApplicantSendsAgainAndADeclineGivesItsReasonInTheApplicantsLanguage() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "es");
		String name = "Lactancia Unida " + people.run;
		PartnerSteps steps = new PartnerSteps(this.mvc, people.applicant).eligible(name);
		steps.submit();
		act(people.reviewer, steps.id, "start", null);
		MockHttpServletResponse noReason = act(people.reviewer, steps.id, "request-information", "  ");
		assertThat(noReason.getStatus()).isEqualTo(422);
		assertThat(noReason.getContentAsString())
			.contains(Html.text(this.messages, "partner.review.problem.NOTE_NEEDED", "en"));
		String tooLong = "Please explain. ".repeat(130);
		MockHttpServletResponse long_ = act(people.reviewer, steps.id, "decline", tooLong);
		assertThat(long_.getStatus()).isEqualTo(422);
		assertThat(long_.getContentAsString()).as("the reviewer's words are kept").contains(tooLong.strip());
		assertThat(act(people.reviewer, steps.id, "approve", null).getStatus()).isEqualTo(302);
		assertThat(act(people.reviewer, steps.id, "request-information", "x").getStatus()).isEqualTo(409);

		PartnerFixtures second = new PartnerFixtures(this.accounts, "es");
		PartnerSteps other = new PartnerSteps(this.mvc, second.applicant).eligible("Otra " + second.run);
		other.submit();
		act(second.reviewer, other.id, "start", null);
		act(second.reviewer, other.id, "request-information", "Please send a clearer scan of the certificate.");
		awaitMails(second.applicant, 3);
		assertThat(TestMailServer.latestTo(second.applicant)).contains("Please send a clearer scan of the certificate.")
			.contains(this.messages
				.getMessage("mail.partner.note", new Object[] { "" }, java.util.Locale.forLanguageTag("es"))
				.strip());
		assertThat(other.page("")).contains("Please send a clearer scan of the certificate.");
		assertThat(other.recognition("CNPJ 12.345.678/0001-90", PartnerFixtures.PNG, "scan.png").getStatus())
			.isEqualTo(302);
		assertThat(other.submit().getStatus()).isEqualTo(302);
		act(second.reviewer, other.id, "start", null);
		assertThat(act(second.reviewer, other.id, "decline", "").getStatus()).isEqualTo(422);
		assertThat(act(second.reviewer, other.id, "decline", "Your organization sells formula.").getStatus())
			.isEqualTo(302);
		awaitMails(second.applicant, 6);
		assertThat(TestMailServer.subjectOfLatest(second.applicant))
			.isEqualTo(this.messages.getMessage("mail.partner.declined.subject", new Object[] { "Otra " + second.run },
					java.util.Locale.forLanguageTag("es")));
		assertThat(TestMailServer.latestTo(second.applicant)).contains("Your organization sells formula.");
		assertThat(review(second.reviewer, get("/partners/review/" + other.id)).getContentAsString())
			.contains(Html.text(this.messages, "partner.action.RESUBMITTED", "en", "Marisol Applicant"))
			.contains(Html.text(this.messages, "partner.action.INFORMATION_REQUESTED", "en", "Rita Reviewer"));
		assertThat(this.mvc.perform(get("/partners/" + other.id)).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void onlyTheApplicantAndReviewersSeeAnApplicationAndItsEvidenceWhichIsAlwaysADownload() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "en");
		PartnerSteps steps = new PartnerSteps(this.mvc, people.applicant).eligible("Private " + people.run);
		assertThat(review(people.reviewer, get("/partners/review/" + steps.id)).getStatus())
			.as("a draft is the applicant's own")
			.isEqualTo(404);
		steps.submit();
		assertThat(review(people.stranger, get(steps.path(""))).getStatus()).isEqualTo(404);
		assertThat(review(people.stranger, get(steps.path("evidence"))).getStatus()).isEqualTo(404);
		assertThat(review(people.stranger, get("/partners/review")).getStatus()).isEqualTo(403);
		assertThat(review(people.stranger, get("/partners/review/" + steps.id + "/evidence")).getStatus())
			.isEqualTo(403);
		assertThat(this.mvc.perform(get("/partners/apply").accept("text/html"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).as("a visitor is asked to sign in").endsWith("/sign-in");

		for (MockHttpServletResponse download : new MockHttpServletResponse[] {
				review(people.reviewer, get("/partners/review/" + steps.id + "/evidence")),
				steps.send(get(steps.path("evidence"))) }) {
			assertThat(download.getStatus()).isEqualTo(200);
			assertThat(download.getContentType()).isEqualTo("application/pdf");
			assertThat(download.getHeader("Content-Disposition")).startsWith("attachment")
				.contains("legal-recognition.pdf");
			assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(download.getContentAsByteArray()).isEqualTo(PartnerFixtures.PDF);
		}
	}

	@Test
	void nobodyReviewsTheApplicationTheyMadeThemselves() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "en");
		PartnerSteps own = new PartnerSteps(this.mvc, people.reviewer).eligible("Own " + people.run);
		own.submit();
		MockHttpServletResponse refused = act(people.reviewer, own.id, "start", null);
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString())
			.contains(Html.text(this.messages, "partner.review.problem.OWN_APPLICATION", "en"));
		assertThat(own.page("")).contains(Html.text(this.messages, "partner.status.SUBMITTED", "en"));
	}

	private void awaitMails(String address, int count) {
		TestMailServer.awaitCountTo(address, count, MAIL);
	}

	private MockHttpServletResponse act(String reviewer, UUID id, String action, String note) throws Exception {
		var request = post("/partners/review/" + id + "/" + action);
		if (note != null) {
			request.param("note", note);
		}
		return review(reviewer, request);
	}

	private MockHttpServletResponse review(String who,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		boolean reviewer = who.startsWith("reviewer-");
		return this.mvc
			.perform(
					request.with(reviewer ? user(who).roles("PLATFORM_ADMIN") : user(who).roles("FAMILY")).with(csrf()))
			.andReturn()
			.getResponse();
	}

}
