package org.latch.partner.agreement;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.LatchWebTest;
import org.latch.TestMailServer;
import org.latch.account.AccountManagement;
import org.latch.partner.PartnerFixtures;
import org.latch.partner.PartnerId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A term's year: the nightly run reminds the signatory 60, 30 and 7 days before the end,
 * each reminder once however often it runs, and records a lapse when no renewal is in
 * force; a renewal with a fresh Code attestation starts the day the term ends. The run is
 * called with the day it runs on, as the night would.
 */
@LatchWebTest
@Tag("persistence")
class AgreementTermTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MessageSource messages;

	@Autowired
	AgreementManagement management;

	@Autowired
	AgreementReminders reminders;

	@Autowired
	AgreementRepository agreements;

	@Autowired
	AgreementStepRepository steps;

	@Autowired
	AgreementDocumentRepository documents;

	@Test
	void eachReminderIsSentOnceInTheSignatorysLanguageAndAnUnrenewedTermLapses() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "fr");
		String name = "Allaitement Lyon " + people.run;
		AgreementSteps partner = AgreementSteps.approved(this.mvc, people, name).signedAndCountersigned();
		Instant ends = latest(partner).endsAt();
		assertThat(ends).isNotNull();
		int mails = awaitMails(people.applicant, 5);

		assertThat(remindersAt(partner, ends.minus(Duration.ofDays(61)))).isZero();
		assertThat(remindersAt(partner, ends.minus(Duration.ofDays(59)))).isOne();
		assertThat(remindersAt(partner, ends.minus(Duration.ofDays(58)))).as("sent once").isOne();
		assertThat(remindersAt(partner, ends.minus(Duration.ofDays(29)))).isEqualTo(2);
		assertThat(remindersAt(partner, ends.minus(Duration.ofDays(29)))).as("a rerun sends nothing").isEqualTo(2);
		assertThat(remindersAt(partner, ends.minus(Duration.ofDays(3)))).isEqualTo(3);
		assertThat(latest(partner).remindedDays()).isEqualTo(7);
		awaitMails(people.applicant, mails + 3);
		assertThat(TestMailServer.subjectOfLatest(people.applicant)).isEqualTo(
				this.messages.getMessage("agreement.mail.reminder.subject", new Object[] { name }, Locale.FRENCH));
		assertThat(TestMailServer.latestTo(people.applicant)).contains(partner.path());

		assertThat(this.reminders.run(ends.plus(Duration.ofHours(1))).lapsed()).isGreaterThanOrEqualTo(1);
		assertThat(actions(partner)).containsOnlyOnce(AgreementStep.Action.LAPSED);
		assertThat(this.reminders.run(ends.plus(Duration.ofDays(1))).lapsed()).as("recorded once").isZero();
		assertThat(actions(partner)).containsOnlyOnce(AgreementStep.Action.LAPSED);
		awaitMails(people.applicant, mails + 4);
		assertThat(TestMailServer.subjectOfLatest(people.applicant))
			.isEqualTo(this.messages.getMessage("agreement.mail.lapsed.subject", new Object[] { name }, Locale.FRENCH));
		assertThat(this.agreements.partnersInForce(ends.plus(Duration.ofHours(1)), AgreementStatus.COUNTERSIGNED))
			.as("a lapsed partner is not listed")
			.doesNotContain(partner.partner);
	}

	@Test
	void aRenewalWithAFreshCodeAttestationStartsTheDayTheTermEndsAndStopsTheReminders() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "pt-BR");
		AgreementSteps partner = AgreementSteps.approved(this.mvc, people, "Amamenta Recife " + people.run);
		assertThat(partner.as(people.applicant, get(partner.path() + "/renewal")).getRedirectedUrl())
			.as("no renewal before the first term is even countersigned")
			.isEqualTo(partner.path());
		// a term countersigned eleven months and some days ago: its renewal is open now
		Instant longAgo = Instant.now().atZone(ZoneOffset.UTC).minusYears(1).plusDays(20).toInstant();
		signAndCountersignAt(partner, people, longAgo);
		Instant ends = latest(partner).endsAt();
		assertThat(ends).isBetween(Instant.now().plus(Duration.ofDays(19)), Instant.now().plus(Duration.ofDays(21)));

		String renewal = partner.as(people.applicant, get(partner.path() + "/renewal")).getContentAsString();
		assertThat(renewal).contains(this.messages.getMessage("partner.code.provision.1", null, Locale.ENGLISH));
		MockHttpServletResponse unattested = partner.as(people.applicant, post(partner.path() + "/renewal"));
		assertThat(unattested.getStatus()).isEqualTo(422);
		assertThat(unattested.getContentAsString()).contains("id=\"attest-error\"")
			.contains(this.messages.getMessage("validation.agreement.attest", null, Locale.ENGLISH));
		assertThat(this.agreements.findByPartnerIdOrderByTermDesc(partner.partner)).hasSize(1);
		assertThat(partner.as(people.stranger, post(partner.path() + "/renewal").param("attest", "true")).getStatus())
			.isEqualTo(404);
		assertThat(partner.as(people.applicant, post(partner.path() + "/renewal").param("attest", "true"))
			.getRedirectedUrl()).isEqualTo(partner.path());
		assertThat(partner.as(people.applicant, post(partner.path() + "/renewal").param("attest", "true")).getStatus())
			.as("one renewal at a time")
			.isEqualTo(409);

		Agreement next = latest(partner);
		assertThat(next.term()).isEqualTo(2);
		assertThat(next.codeAttestedAt()).isAfter(longAgo);
		assertThat(AgreementPdfTests.text(this.agreementDocument(next))).contains(AgreementPdf.TIME.format(ends))
			.contains(AgreementPdf.TIME.format(next.codeAttestedAt()));
		partner.signedAndCountersigned();
		Agreement renewed = latest(partner);
		assertThat(renewed.startsAt()).as("no gap, no overlap").isEqualTo(ends);
		assertThat(renewed.endsAt()).isEqualTo(ends.atZone(ZoneOffset.UTC).plusYears(1).toInstant());
		assertThat(actions(partner)).containsSubsequence(AgreementStep.Action.COUNTERSIGNED,
				AgreementStep.Action.CODE_ATTESTED, AgreementStep.Action.ISSUED, AgreementStep.Action.SIGNED,
				AgreementStep.Action.COUNTERSIGNED);
		assertThat(partner.page(people.applicant)).contains(
				this.messages.getMessage("agreement.earlier", null, Locale.ENGLISH), "Amamenta Recife " + people.run);

		this.reminders.run(ends.minus(Duration.ofDays(5)));
		this.reminders.run(ends.plus(Duration.ofHours(1)));
		assertThat(actions(partner)).as("renewed: neither reminded nor lapsed")
			.doesNotContain(AgreementStep.Action.REMINDED, AgreementStep.Action.LAPSED);
		assertThat(this.agreements.partnersInForce(ends.plus(Duration.ofHours(1)), AgreementStatus.COUNTERSIGNED))
			.contains(partner.partner);
	}

	@Test
	void anApprovedPartnerWithoutAnAgreementGetsOneAtNight() throws Exception {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "ht");
		AgreementSteps partner = AgreementSteps.approved(this.mvc, people, "Sipò Jakmèl " + people.run);
		this.agreements.deleteAll(this.agreements.findByPartnerIdOrderByTermDesc(partner.partner));
		assertThat(this.reminders.run(Instant.now()).issued()).isGreaterThanOrEqualTo(1);
		assertThat(latest(partner).language()).isEqualTo("ht");
		assertThat(this.reminders.run(Instant.now()).issued()).as("once").isZero();
		assertThat(this.management.latestDocument(new PartnerId(partner.partner))).isPresent();
	}

	private void signAndCountersignAt(AgreementSteps partner, PartnerFixtures people, Instant at) {
		Agreement agreement = latest(partner);
		UUID applicant = this.accounts.person(people.applicant).orElseThrow().id();
		UUID reviewer = this.accounts.person(people.reviewer).orElseThrow().id();
		Signature signature = new Signature("Ana Souza", true, "192.0.2.4", agreement.documentSha256());
		assertThat(this.management.signed(agreement.id(), applicant, signature, at)).isEqualTo(AgreementOutcome.DONE);
		assertThat(this.management.countersigned(agreement.id(), reviewer,
				new Signature("Rita Reviewer", true, "192.0.2.5", agreement.documentSha256()), at))
			.isEqualTo(AgreementOutcome.DONE);
	}

	private byte[] agreementDocument(Agreement agreement) {
		return this.documents.findById(agreement.documentId()).orElseThrow().content();
	}

	private long remindersAt(AgreementSteps partner, Instant now) {
		this.reminders.run(now);
		return actions(partner).stream().filter(action -> action == AgreementStep.Action.REMINDED).count();
	}

	private List<AgreementStep.Action> actions(AgreementSteps partner) {
		return this.steps.findByPartnerIdOrderByAtAscSeqAsc(partner.partner)
			.stream()
			.map(AgreementStep::action)
			.toList();
	}

	private Agreement latest(AgreementSteps partner) {
		return this.agreements.findFirstByPartnerIdOrderByTermDesc(partner.partner).orElseThrow();
	}

	private int awaitMails(String address, int count) {
		TestMailServer.awaitCountTo(address, count, Duration.ofSeconds(10));
		return count;
	}

}
