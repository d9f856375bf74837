package org.latch.partner;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.TestMailServer;
import org.latch.account.AccountManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A campaign organizer enters a sponsor with its attestation; reviewers approve it and it
 * is listed publicly until its expiry date; organizations within the Code's scope are
 * flagged and cannot be approved; nobody reviews their own entry.
 */
@LatchWebTest
@Tag("persistence")
class CodeRegisterJourneyTests {

	private static final Duration MAIL = Duration.ofSeconds(10);

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MessageSource messages;

	@Autowired
	SponsorRegister register;

	@Autowired
	CodeSettings settings;

	@Test
	void anEnteredSponsorIsReviewedApprovedAndListedUntilItsExpiryDate() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "es");
		CodePages pages = new CodePages(this.mvc);
		String name = "Carry Close " + people.run;

		MvcResult sent = pages.enter(people.applicant, CodeFixtures.sponsorForm(name));

		assertThat(sent.getResponse().getStatus()).isEqualTo(302);
		String location = sent.getResponse().getRedirectedUrl();
		assertThat(location).startsWith(CodePaths.SUBMISSIONS + "/");
		assertThat(sent.getFlashMap().get("flash")).isEqualTo("code.submitted");
		assertThat(TestMailServer.awaitMailTo(people.applicant, MAIL)).contains(name).contains(location);
		assertThat(TestMailServer.subjectOfLatest(people.applicant)).isEqualTo(this.messages
			.getMessage("mail.code.sponsor.submitted.subject", new Object[] { name }, Locale.of("es")));
		assertThat(pages.page(people.applicant, get(location)))
			.contains(Html.text(this.messages, "code.state.WAITING", "en"))
			.contains(Html.text(this.messages, "code.sponsor.action.SUBMITTED", "en", "Marisol Applicant"));
		assertThat(pages.visitor(get(CodePaths.SPONSORS)).getContentAsString()).doesNotContain(name);

		assertThat(pages.page(people.reviewer, get(CodePaths.REVIEW))).contains(name);
		String review = pages.page(people.reviewer, get(location.replace("submissions", "review/sponsors")));
		assertThat(review).contains("Dana Whitfield")
			.contains("dana@carriers.example.org")
			.contains(Html.text(this.messages, "code.attestation." + CodeAttestation.CURRENT, "en"))
			.contains(Html.text(this.messages, "code.attestation.version", "en", CodeAttestation.CURRENT))
			.doesNotContain(Html.text(this.messages, "code.flag.not-eligible", "en"));
		assertThat(pages.review(people.reviewer, location, "approve", "Welcome to the register").getStatus())
			.isEqualTo(302);

		LocalDate expiry = this.register.today().plusMonths(this.settings.validityMonths());
		String register = pages.visitor(get(CodePaths.SPONSORS)).getContentAsString();
		assertThat(register).contains(name)
			.contains("https://carriers.example.org")
			.contains(Html.text(this.messages, "code.product.BABY_CARRIERS", "en"))
			.contains(Html.text(this.messages, "code.register.expires", "en",
					DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH).format(expiry)))
			.as("the attestation's signer is for reviewers only")
			.doesNotContain("dana@carriers.example.org");
		awaitMails(people.applicant, 2);
		assertThat(TestMailServer.latestTo(people.applicant)).contains("Welcome to the register")
			.contains(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.of("es")).format(expiry));
		assertThat(pages.page(people.applicant, get(location)))
			.contains(Html.text(this.messages, "code.sponsor.action.APPROVED", "en", "Rita Reviewer"));
	}

	@Test
	void aFormulaMakerIsFlaggedCannotBeApprovedAndIsRejectedWithItsReason() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "en");
		CodePages pages = new CodePages(this.mvc);
		String name = "Formula Co " + people.run;
		Map<String, String> form = CodeFixtures.sponsorForm(name);
		form.put("products", "INFANT_FORMULA,FOLLOW_UP_FORMULA,BREAST_PUMPS");

		MvcResult sent = pages.enter(people.applicant, form);
		assertThat(sent.getFlashMap().get("flash")).isEqualTo("code.submitted.not-eligible");
		String location = sent.getResponse().getRedirectedUrl();
		String review = pages.page(people.reviewer, get(location.replace("submissions", "review/sponsors")));
		assertThat(review).contains(Html.text(this.messages, "code.flag.not-eligible", "en"))
			.contains(Html.escape(this.messages.getMessage("code.product.INFANT_FORMULA", null, Locale.ENGLISH)));
		assertThat(pages.page(people.reviewer, get(CodePaths.REVIEW)))
			.contains(Html.text(this.messages, "code.flag.not-eligible", "en"));

		MockHttpServletResponse approve = pages.review(people.reviewer, location, "approve", null);
		assertThat(approve.getStatus()).isEqualTo(422);
		assertThat(approve.getContentAsString())
			.contains(Html.text(this.messages, "code.review.problem.NOT_ELIGIBLE", "en"));
		assertThat(pages.review(people.reviewer, location, "reject", " ").getStatus()).isEqualTo(422);
		assertThat(
				pages.review(people.reviewer, location, "reject", "Makes infant formula: within the Code.").getStatus())
			.isEqualTo(302);

		assertThat(pages.page(people.applicant, get(location))).contains("Makes infant formula: within the Code.")
			.contains(Html.text(this.messages, "code.state.REJECTED", "en"));
		awaitMails(people.applicant, 2);
		assertThat(TestMailServer.latestTo(people.applicant)).contains("Makes infant formula: within the Code.");
		assertThat(pages.visitor(get(CodePaths.SPONSORS)).getContentAsString()).doesNotContain(name);
	}

	@Test
	void nobodyReviewsTheirOwnEntryAndOnlyReviewersReview() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "en");
		CodePages pages = new CodePages(this.mvc);
		String location = pages.enter(people.reviewer, CodeFixtures.sponsorForm("Own " + people.run))
			.getResponse()
			.getRedirectedUrl();

		MockHttpServletResponse own = pages.review(people.reviewer, location, "approve", null);
		assertThat(own.getStatus()).isEqualTo(422);
		assertThat(own.getContentAsString())
			.contains(Html.text(this.messages, "code.review.problem.OWN_APPLICATION", "en"));
		assertThat(pages.review(people.stranger, location, "approve", null).getStatus()).isEqualTo(403);
		assertThat(pages.as(people.stranger, get(CodePaths.REVIEW)).getStatus()).isEqualTo(403);
		assertThat(pages.as(people.stranger, get(location)).getStatus()).as("someone else's entry").isEqualTo(404);
		assertThat(pages.as(people.stranger, get(location + "/renew")).getStatus()).isEqualTo(404);
		assertThat(pages.visitor(get(CodePaths.SUBMISSIONS).accept("text/html")).getRedirectedUrl())
			.endsWith("/sign-in");
		assertThat(pages.visitor(get(CodePaths.REVIEW).accept("text/html")).getRedirectedUrl()).endsWith("/sign-in");
		assertThat(pages.page(people.reviewer, get(location)))
			.contains(Html.text(this.messages, "code.state.WAITING", "en"));
	}

	@Test
	void anExpiredSponsorLeavesThePublicRegisterByItselfAndItsSubmitterRenewsIt() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "en");
		CodePages pages = new CodePages(this.mvc);
		UUID submitter = this.accounts.person(people.applicant).orElseThrow().id();
		String name = "Lapsed Slings " + people.run;
		LocalDate approvedOn = this.register.today().minusMonths(this.settings.validityMonths()).minusDays(3);
		SponsorId expired = this.register.importApproved(submitter, CodeFixtures.details(name),
				CodeFixtures.attestation(), Instant.now().minus(400, ChronoUnit.DAYS), approvedOn);
		String location = CodePaths.submission(expired.value());

		assertThat(pages.visitor(get(CodePaths.SPONSORS)).getContentAsString()).doesNotContain(name);
		String mine = pages.page(people.applicant, get(location));
		assertThat(mine).contains(Html.text(this.messages, "code.state.EXPIRED", "en",
				DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
					.withLocale(Locale.ENGLISH)
					.format(approvedOn.plusMonths(this.settings.validityMonths()))))
			.contains(location + "/renew");

		String form = pages.page(people.applicant, get(location + "/renew"));
		assertThat(form).contains("value=\"" + name + "\"").doesNotContain("name=\"attest\" value=\"true\" checked");
		Map<String, String> renewal = CodeFixtures.sponsorForm(name);
		renewal.remove("attest");
		var refused = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(location + "/renew");
		renewal.forEach(refused::param);
		MockHttpServletResponse unattested = pages.as(people.applicant, refused);
		assertThat(unattested.getStatus()).isEqualTo(422);
		assertThat(unattested.getContentAsString()).contains(Html.text(this.messages, "validation.code.attest", "en"));

		var renew = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(location + "/renew");
		CodeFixtures.sponsorForm(name).forEach(renew::param);
		assertThat(pages.as(people.applicant, renew).getRedirectedUrl()).isEqualTo(location);
		assertThat(pages.page(people.applicant, get(location)))
			.contains(Html.text(this.messages, "code.state.WAITING", "en"))
			.contains(Html.text(this.messages, "code.sponsor.action.RESUBMITTED", "en", "Marisol Applicant"))
			.contains(Html.text(this.messages, "code.sponsor.action.IMPORTED", "en", "Marisol Applicant"));
		assertThat(pages.review(people.reviewer, location, "approve", null).getStatus()).isEqualTo(302);
		assertThat(pages.visitor(get(CodePaths.SPONSORS)).getContentAsString()).contains(name);
	}

	private void awaitMails(String address, int count) {
		assertThat(TestMailServer.awaitCount(address, count, MAIL)).isEqualTo(count);
	}

}
