package org.latch.partner;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.account.AccountManagement;
import org.latch.account.Person;
import org.latch.platform.Language;

/**
 * Reads the sponsor register for the people allowed to see each part: everyone the
 * current entries, a submitter their own entries, reviewers all of them.
 */
@Service
@Transactional(readOnly = true)
class SponsorReads {

	private final SponsorRepository sponsors;

	private final SponsorStepRepository steps;

	private final SponsorRegister register;

	private final AccountManagement accounts;

	private final MessageSource messages;

	SponsorReads(SponsorRepository sponsors, SponsorStepRepository steps, SponsorRegister register,
			AccountManagement accounts, MessageSource messages) {
		this.sponsors = sponsors;
		this.steps = steps;
		this.register = register;
		this.accounts = accounts;
		this.messages = messages;
	}

	/** The public register: entries current today, by name. */
	List<SponsorCard> current(Locale reader) {
		LocalDate today = this.register.today();
		return this.sponsors.findByStatusInAndExpiresOnAfterOrderByOrganizationNameAsc(Sponsor.SHOWN, today)
			.stream()
			.map(sponsor -> {
				SponsorDetails d = sponsor.details();
				return new SponsorCard(sponsor.id(), d.name(), Countries.name(d.country(), reader), d.website(),
						d.role(), sorted(d), d.description(), sponsor.expiresOn());
			})
			.toList();
	}

	List<SponsorSummary> mine(UUID submitter) {
		return summaries(this.sponsors.findBySubmitterIdOrderBySubmittedAtDesc(submitter));
	}

	/** Entries waiting for a reviewer, oldest first. */
	List<SponsorSummary> waiting() {
		return summaries(this.sponsors.findByStatusOrderBySubmittedAtAsc(SponsorStatus.SUBMITTED));
	}

	/** Every entry, by name, with how it stands today. */
	List<SponsorSummary> all() {
		return summaries(this.sponsors.findAllByOrderByOrganizationNameAsc());
	}

	Optional<SponsorView> forSubmitter(UUID id, UUID submitter, Locale reader) {
		return own(id, submitter).map(sponsor -> view(sponsor, reader));
	}

	boolean owns(UUID id, UUID submitter) {
		return own(id, submitter).isPresent();
	}

	Optional<SponsorView> forReviewer(UUID id, Locale reader) {
		return this.sponsors.findById(id).map(sponsor -> view(sponsor, reader));
	}

	/** The form of an entry its submitter may send again, filled with what they sent. */
	Optional<SponsorForm> renewalForm(UUID id, UUID submitter) {
		return own(id, submitter).filter(this.register::renewable)
			.map(sponsor -> SponsorForm.of(sponsor.details(), sponsor.attestation()));
	}

	private Optional<Sponsor> own(UUID id, UUID submitter) {
		return this.sponsors.findById(id).filter(sponsor -> sponsor.submitterId().equals(submitter));
	}

	private List<SponsorSummary> summaries(List<Sponsor> found) {
		LocalDate today = this.register.today();
		return found.stream()
			.map(sponsor -> new SponsorSummary(sponsor.id(), sponsor.name(), SponsorState.of(sponsor, today),
					sponsor.details().eligible(), sponsor.submittedAt(), sponsor.expiresOn()))
			.toList();
	}

	private SponsorView view(Sponsor sponsor, Locale reader) {
		SponsorDetails details = sponsor.details();
		List<CodeHistoryEntry> history = this.steps.findBySponsorIdOrderByAtAsc(sponsor.id())
			.stream()
			.map(step -> new CodeHistoryEntry(step.at(), name(step.actorId()),
					"code.sponsor.action." + step.action().name(), step.note()))
			.toList();
		String key = CodeAttestation.key(sponsor.attestationVersion());
		Locale given = Language.match(sponsor.attestationLanguage()).orElse(Language.ENGLISH).locale();
		String text = this.messages.getMessage(key, null, given);
		String translation = given.equals(reader) ? null : this.messages.getMessage(key, null, reader);
		return new SponsorView(sponsor.id(), SponsorState.of(sponsor, this.register.today()), details,
				Countries.name(details.country(), reader), sorted(details), name(sponsor.submitterId()),
				sponsor.attestation(), text, translation, sponsor.attestationVersion(), sponsor.attestationLanguage(),
				sponsor.attestedAt(), sponsor.approvedOn(), sponsor.expiresOn(), this.register.renewable(sponsor),
				history);
	}

	private String name(@Nullable UUID account) {
		return (account == null) ? "—" : this.accounts.person(account).map(Person::displayName).orElse("—");
	}

	private static List<ProductCategory> sorted(SponsorDetails details) {
		return details.products().stream().sorted().toList();
	}

}
