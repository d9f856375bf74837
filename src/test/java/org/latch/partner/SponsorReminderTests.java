package org.latch.partner;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import org.latch.LatchWebTest;
import org.latch.TestMailServer;
import org.latch.account.AccountManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WHO Code register's expiry reminder: 30 days before an approval ends, its submitter
 * is emailed once in their language with the date and the way to renew; an entry already
 * sent again for renewal is not reminded.
 */
@LatchWebTest
@Tag("persistence")
class SponsorReminderTests {

	@Autowired
	SponsorRegister register;

	@Autowired
	SponsorReminders reminders;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CodeSettings settings;

	@Autowired
	MessageSource messages;

	@Test
	void theSubmitterIsRemindedOnceThirtyDaysBeforeAnApprovalEndsUnlessAlreadyRenewing() {
		PartnerFixtures people = new PartnerFixtures(this.accounts, "fr");
		UUID submitter = this.accounts.person(people.applicant).orElseThrow().id();
		LocalDate today = this.register.today();
		String soon = "Tire-lait Soleil " + people.run;
		String later = "Écharpes Douces " + people.run;
		String renewing = "Coussins Lune " + people.run;
		imported(submitter, soon, today.plusDays(20));
		imported(submitter, later, today.plusDays(40));
		SponsorId renewed = imported(submitter, renewing, today.plusDays(10));
		assertThat(this.register.resubmit(renewed, submitter, CodeFixtures.details(renewing),
				CodeFixtures.attestation(), Locale.FRENCH))
			.isEqualTo(ReviewOutcome.DONE);
		TestMailServer.awaitCountTo(people.applicant, 1, Duration.ofSeconds(10));
		int before = 1;

		this.reminders.run(today);
		TestMailServer.awaitCountTo(people.applicant, before + 1, Duration.ofSeconds(10));
		String mail = TestMailServer.latestTo(people.applicant);
		assertThat(mail).contains(soon).contains("/partners/code/submissions/");
		assertThat(TestMailServer.subjectOfLatest(people.applicant)).as("in French")
			.startsWith(this.messages
				.getMessage("mail.code.sponsor.reminder.subject", new Object[] { soon, "@" }, Locale.FRENCH)
				.split("@")[0]);

		this.reminders.run(today);
		this.reminders.run(today.plusDays(1));
		sleep();
		assertThat(TestMailServer.countTo(people.applicant)).as("once per expiry date").isEqualTo(before + 1);

		this.reminders.run(today.plusDays(12));
		TestMailServer.awaitCountTo(people.applicant, before + 2, Duration.ofSeconds(10));
		assertThat(TestMailServer.latestTo(people.applicant)).contains(later);
		assertThat(TestMailServer.textsTo(people.applicant)).noneMatch(text -> text.contains(renewing) && text.contains(
				this.messages.getMessage("mail.code.sponsor.reminder.body", new Object[] { "@", "", "" }, Locale.FRENCH)
					.split("@")[0]));
	}

	private SponsorId imported(UUID submitter, String name, LocalDate expires) {
		return this.register.importApproved(submitter, CodeFixtures.details(name), CodeFixtures.attestation(),
				Instant.now().minus(Duration.ofDays(400)), expires.minusMonths(this.settings.validityMonths()));
	}

	private static void sleep() {
		try {
			Thread.sleep(1500);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
