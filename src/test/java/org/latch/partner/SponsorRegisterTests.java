package org.latch.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.latch.LatchWebTest;
import org.latch.account.AccountManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What campaigns and events ask the register (which sponsors may be shown on a day), and
 * the rules of its review, through the module's public facade.
 */
@LatchWebTest
@Tag("persistence")
class SponsorRegisterTests {

	@Autowired
	SponsorRegister register;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CodeSettings settings;

	@Test
	void anApprovedSponsorIsCurrentUntilItsExpiryDateAndNotOnIt() {
		People people = new People();
		SponsorId id = this.register.submit(people.submitter, CodeFixtures.details("Book Nook " + people.run),
				CodeFixtures.attestation(), Locale.ENGLISH);
		LocalDate today = this.register.today();
		assertThat(this.register.isCurrent(id, today)).as("waiting for review").isFalse();

		assertThat(this.register.approve(id, people.reviewer, null)).isTrue();

		LocalDate expiry = today.plusMonths(this.settings.validityMonths());
		assertThat(this.register.isCurrent(id, today)).isTrue();
		assertThat(this.register.isCurrent(id, expiry.minusDays(1))).isTrue();
		assertThat(this.register.isCurrent(id, expiry)).as("gone on its expiry date").isFalse();
		assertThat(this.register.currentSponsors(today)).extracting(CurrentSponsor::id).contains(id);
		assertThat(this.register.currentSponsors(expiry)).extracting(CurrentSponsor::id).doesNotContain(id);
		assertThat(this.register.currentSponsors()).filteredOn(sponsor -> sponsor.id().equals(id))
			.singleElement()
			.satisfies(sponsor -> {
				assertThat(sponsor.name()).isEqualTo("Book Nook " + people.run);
				assertThat(sponsor.expiresOn()).isEqualTo(expiry);
				assertThat(sponsor.role().sponsors()).isTrue();
			});
	}

	@Test
	void aCampaignAsksWhichOfItsChosenSponsorsItMayShow() {
		People people = new People();
		SponsorId approved = approved(people, "Chosen " + people.run);
		SponsorId waiting = this.register.submit(people.submitter, CodeFixtures.details("Waiting " + people.run),
				CodeFixtures.attestation(), Locale.ENGLISH);
		SponsorId suspended = approved(people, "Suspended " + people.run);
		this.register.suspend(suspended, people.reviewer, "Gave out formula samples at a fair.");
		SponsorId unknown = new SponsorId(UUID.randomUUID());
		LocalDate today = this.register.today();

		List<CurrentSponsor> shown = this.register.currentSponsors(List.of(approved, waiting, suspended, unknown),
				today);

		assertThat(shown).extracting(CurrentSponsor::id).containsExactly(approved);
		assertThat(this.register.isCurrent(suspended, today)).isFalse();
		assertThat(this.register.isCurrent(unknown, today)).isFalse();
	}

	@Test
	void anOrganizationSellingProductsWithinTheCodeIsRecordedButNeverApproved() {
		People people = new People();
		for (ProductCategory inScope : List.of(ProductCategory.INFANT_FORMULA, ProductCategory.FOLLOW_UP_FORMULA,
				ProductCategory.BOTTLES_TEATS, ProductCategory.OTHER_SUBSTITUTES)) {
			SponsorId id = this.register.submit(people.submitter,
					CodeFixtures.details(inScope + " maker " + people.run, ProductCategory.BREAST_PUMPS, inScope),
					CodeFixtures.attestation(), Locale.ENGLISH);
			assertThat(this.register.review(id, people.reviewer, SponsorStep.Action.APPROVED, null))
				.isEqualTo(ReviewOutcome.NOT_ELIGIBLE);
			assertThat(this.register.reject(id, people.reviewer, "Makes products within the Code.")).isTrue();
			assertThat(this.register.isCurrent(id, this.register.today())).isFalse();
		}
		SponsorDetails affiliated = new SponsorDetails("Subsidiary " + people.run, "FR", null, SponsorRole.EXHIBITOR,
				java.util.Set.of(ProductCategory.COMPLEMENTARY_FOODS), "Baby cereals.", true);
		SponsorId subsidiary = this.register.submit(people.submitter, affiliated, CodeFixtures.attestation(),
				Locale.FRENCH);
		assertThat(this.register.approve(subsidiary, people.reviewer, null)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> this.register.importApproved(people.reviewer, affiliated,
				CodeFixtures.attestation(), Instant.now(), LocalDate.now()));
	}

	@Test
	void nobodyReviewsAnEntryTheyMadeAndReasonsAreOwedForRefusals() {
		People people = new People();
		SponsorId own = this.register.submit(people.reviewer, CodeFixtures.details("Own " + people.run),
				CodeFixtures.attestation(), Locale.ENGLISH);
		assertThat(this.register.review(own, people.reviewer, SponsorStep.Action.APPROVED, null))
			.isEqualTo(ReviewOutcome.OWN_APPLICATION);
		assertThat(this.register.review(own, people.submitter, SponsorStep.Action.REJECTED, "  "))
			.isEqualTo(ReviewOutcome.NOTE_NEEDED);
		assertThat(this.register.review(own, people.submitter, SponsorStep.Action.SUSPENDED, "x"))
			.as("only an approved entry is suspended")
			.isEqualTo(ReviewOutcome.NOT_NOW);
		assertThat(this.register.review(new SponsorId(UUID.randomUUID()), people.submitter, SponsorStep.Action.APPROVED,
				null))
			.isEqualTo(ReviewOutcome.NOT_FOUND);
	}

	@Test
	void aRenewalSentInTimeKeepsTheSponsorShownUntilTheReviewersDecide() {
		People people = new People();
		SponsorId old = this.register.importApproved(people.reviewer, CodeFixtures.details("Renewing " + people.run),
				CodeFixtures.attestation(), Instant.now().minus(330, ChronoUnit.DAYS),
				this.register.today().minusDays(330));
		LocalDate today = this.register.today();
		assertThat(this.register.isCurrent(old, today)).isTrue();
		UUID recorder = people.reviewer;

		ReviewOutcome renewed = this.register.resubmit(old, recorder, CodeFixtures.details("Renewing " + people.run),
				CodeFixtures.attestation(), Locale.ENGLISH);

		assertThat(renewed).isEqualTo(ReviewOutcome.DONE);
		assertThat(this.register.isCurrent(old, today)).as("still shown while the renewal waits").isTrue();
		assertThat(this.register.review(old, people.reviewer, SponsorStep.Action.APPROVED, null))
			.as("the recorder sent the renewal, so someone else decides")
			.isEqualTo(ReviewOutcome.OWN_APPLICATION);
		assertThat(this.register.reject(old, people.submitter, "The attestation is not signed by a director."))
			.isTrue();
		assertThat(this.register.isCurrent(old, today)).as("a refused renewal ends the approval now").isFalse();
		assertThat(this.register.resubmit(old, recorder, CodeFixtures.details("Renewing " + people.run),
				CodeFixtures.attestation(), Locale.ENGLISH))
			.isEqualTo(ReviewOutcome.DONE);
		assertThat(this.register.isCurrent(old, today)).as("sending again does not bring it back").isFalse();
	}

	@Test
	void anApprovalFarFromItsExpiryIsNotRenewedYetAndAnotherPersonsEntryIsNotTheirsToSend() {
		People people = new People();
		SponsorId id = approved(people, "Fresh " + people.run);
		assertThat(this.register.resubmit(id, people.submitter, CodeFixtures.details("Fresh " + people.run),
				CodeFixtures.attestation(), Locale.ENGLISH))
			.isEqualTo(ReviewOutcome.NOT_NOW);
		assertThat(this.register.resubmit(id, people.reviewer, CodeFixtures.details("Fresh " + people.run),
				CodeFixtures.attestation(), Locale.ENGLISH))
			.isEqualTo(ReviewOutcome.NOT_FOUND);
	}

	@Test
	void anEntryImportedWithAnOldApprovalHasExpired() {
		People people = new People();
		LocalDate approvedOn = this.register.today().minusMonths(this.settings.validityMonths()).minusDays(1);
		SponsorId expired = this.register.importApproved(people.reviewer, CodeFixtures.details("Old " + people.run),
				CodeFixtures.attestation(), Instant.now().minus(400, ChronoUnit.DAYS), approvedOn);

		assertThat(this.register.isCurrent(expired, this.register.today())).isFalse();
		assertThat(this.register.isCurrent(expired, this.register.today().minusDays(2))).isTrue();
		assertThatIllegalArgumentException().isThrownBy(
				() -> this.register.importApproved(people.reviewer, CodeFixtures.details("Future " + people.run),
						CodeFixtures.attestation(), Instant.now(), this.register.today().plusDays(1)));
	}

	private SponsorId approved(People people, String name) {
		SponsorId id = this.register.submit(people.submitter, CodeFixtures.details(name), CodeFixtures.attestation(),
				Locale.ENGLISH);
		assertThat(this.register.approve(id, people.reviewer, "Welcome")).isTrue();
		return id;
	}

	/** A submitter and a reviewer, fresh for each test. */
	private final class People {

		final PartnerFixtures fixtures = new PartnerFixtures(SponsorRegisterTests.this.accounts, "en");

		final String run = this.fixtures.run;

		final UUID submitter = id(this.fixtures.applicant);

		final UUID reviewer = id(this.fixtures.reviewer);

		private UUID id(String email) {
			return SponsorRegisterTests.this.accounts.person(email).orElseThrow().id();
		}

	}

}
