package org.latch.partner;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.partner.SponsorStep.Action;
import org.latch.platform.Language;

/**
 * The WHO Code sponsor register: organizations that may sponsor or exhibit at what the
 * network runs, each with what it makes or sells, an attestation of Code compliance, a
 * review and an expiry date.
 * <p>
 * Campaigns and events ask it which sponsors they may show: {@link #currentSponsors} and
 * {@link #isCurrent}. A sponsor is current on a day when its approval was not withdrawn
 * and that day is before its expiry date; the register's days are UTC dates read from the
 * application's clock ({@link #today()}), so an entry disappears everywhere on its expiry
 * date without anyone changing it.
 */
@Service
public class SponsorRegister {

	/** Where each review action may be taken, and where it leads. */
	private static final Map<Action, Transition> TRANSITIONS = Map.of(Action.APPROVED,
			new Transition(SponsorStatus.SUBMITTED, SponsorStatus.APPROVED, false), Action.REJECTED,
			new Transition(SponsorStatus.SUBMITTED, SponsorStatus.REJECTED, true), Action.SUSPENDED,
			new Transition(SponsorStatus.APPROVED, SponsorStatus.SUSPENDED, true));

	private final SponsorRepository sponsors;

	private final SponsorStepRepository steps;

	private final CodeMails mails;

	private final CodeSettings settings;

	private final Clock clock;

	SponsorRegister(SponsorRepository sponsors, SponsorStepRepository steps, CodeMails mails, CodeSettings settings,
			Clock clock) {
		this.sponsors = sponsors;
		this.steps = steps;
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
	}

	/** Today's date in the register (UTC, by the application's clock). */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(java.time.ZoneOffset.UTC));
	}

	/** The sponsors and exhibitors that may be shown today, by name. */
	@Transactional(readOnly = true)
	public List<CurrentSponsor> currentSponsors() {
		return currentSponsors(today());
	}

	/** The sponsors and exhibitors that may be shown on {@code day}, by name. */
	@Transactional(readOnly = true)
	public List<CurrentSponsor> currentSponsors(LocalDate day) {
		return this.sponsors.findByStatusInAndExpiresOnAfterOrderByOrganizationNameAsc(Sponsor.SHOWN, day)
			.stream()
			.map(Sponsor::asCurrent)
			.toList();
	}

	/**
	 * Of the sponsors a campaign or event chose, those it may show on {@code day}, by
	 * name; the others (unknown, not approved, suspended or expired) are left out.
	 */
	@Transactional(readOnly = true)
	public List<CurrentSponsor> currentSponsors(Collection<SponsorId> chosen, LocalDate day) {
		Set<SponsorId> wanted = Set.copyOf(chosen);
		return currentSponsors(day).stream().filter(sponsor -> wanted.contains(sponsor.id())).toList();
	}

	/** Whether this sponsor may be shown on {@code day}. */
	@Transactional(readOnly = true)
	public boolean isCurrent(SponsorId sponsor, LocalDate day) {
		return this.sponsors.findById(sponsor.value()).filter(found -> found.currentOn(day)).isPresent();
	}

	/**
	 * Enters an organization in the register for review, with the attestation its signer
	 * gave (on the current text, in {@code language}). An organization that makes or
	 * sells products within the Code's scope may be entered, so that its refusal is on
	 * record, but can never be approved.
	 */
	@Transactional
	public SponsorId submit(UUID submitter, SponsorDetails details, Attestation attestation, Locale language) {
		Instant now = this.clock.instant();
		Sponsor sponsor = this.sponsors.save(new Sponsor(submitter, details, attestation, tag(language), now));
		this.steps.save(new SponsorStep(sponsor.id(), now, submitter, Action.SUBMITTED, null));
		this.mails.sponsorStep(sponsor, Action.SUBMITTED, null);
		return new SponsorId(sponsor.id());
	}

	@Transactional
	public boolean approve(SponsorId id, UUID reviewer, @Nullable String note) {
		return review(id, reviewer, Action.APPROVED, note) == ReviewOutcome.DONE;
	}

	@Transactional
	public boolean reject(SponsorId id, UUID reviewer, String reason) {
		return review(id, reviewer, Action.REJECTED, reason) == ReviewOutcome.DONE;
	}

	@Transactional
	public boolean suspend(SponsorId id, UUID reviewer, String reason) {
		return review(id, reviewer, Action.SUSPENDED, reason) == ReviewOutcome.DONE;
	}

	/**
	 * Records an organization vetted before the register was kept in Latch (a list moved
	 * from a spreadsheet or paper): its attestation and approval keep their dates, so it
	 * expires when it would have; the history says who recorded it, and when.
	 */
	@Transactional
	public SponsorId importApproved(UUID recorder, SponsorDetails details, Attestation attestation, Instant attestedAt,
			LocalDate approvedOn) {
		Instant now = this.clock.instant();
		if (!details.eligible() || approvedOn.isAfter(today()) || attestedAt.isAfter(now)) {
			throw new IllegalArgumentException("Only eligible organizations approved in the past can be imported");
		}
		Sponsor sponsor = new Sponsor(recorder, details, attestation, "en", now);
		sponsor.attestedEarlier(attestedAt);
		sponsor.approve(approvedOn, approvedOn.plusMonths(this.settings.validityMonths()), now);
		this.sponsors.save(sponsor);
		this.steps.save(new SponsorStep(sponsor.id(), now, recorder, Action.IMPORTED, null));
		return new SponsorId(sponsor.id());
	}

	/**
	 * The submitter sends an entry again with new details and a fresh attestation: after
	 * a rejection or suspension, or to renew an approval that expires within the renewal
	 * window (or has expired).
	 */
	@Transactional
	ReviewOutcome resubmit(SponsorId id, UUID submitter, SponsorDetails details, Attestation attestation,
			Locale language) {
		Optional<Sponsor> found = this.sponsors.findById(id.value())
			.filter(sponsor -> sponsor.submitterId().equals(submitter));
		if (found.isEmpty()) {
			return ReviewOutcome.NOT_FOUND;
		}
		Sponsor sponsor = found.get();
		if (!renewable(sponsor)) {
			return ReviewOutcome.NOT_NOW;
		}
		Instant now = this.clock.instant();
		sponsor.resubmit(details, attestation, tag(language), now);
		this.steps.save(new SponsorStep(sponsor.id(), now, submitter, Action.RESUBMITTED, null));
		this.mails.sponsorStep(sponsor, Action.RESUBMITTED, null);
		return ReviewOutcome.DONE;
	}

	/** Whether its submitter may send the entry again now. */
	boolean renewable(Sponsor sponsor) {
		return switch (sponsor.status()) {
			case SUBMITTED -> false;
			case REJECTED, SUSPENDED -> true;
			case APPROVED -> sponsor.expiresOn() == null
					|| !today().isBefore(sponsor.expiresOn().minusDays(this.settings.renewalDays()));
		};
	}

	/**
	 * A reviewer's action: taken only from the status it belongs to, never on an entry
	 * one submitted, with a reason where the submitter is owed one, and approval only for
	 * an organization outside the Code's scope.
	 */
	@Transactional
	ReviewOutcome review(SponsorId id, UUID reviewer, Action action, @Nullable String note) {
		Transition transition = TRANSITIONS.get(action);
		Optional<Sponsor> found = this.sponsors.findById(id.value());
		if (transition == null || found.isEmpty()) {
			return ReviewOutcome.NOT_FOUND;
		}
		Sponsor sponsor = found.get();
		if (sponsor.status() != transition.from()) {
			return ReviewOutcome.NOT_NOW;
		}
		if (sponsor.submitterId().equals(reviewer)) {
			return ReviewOutcome.OWN_APPLICATION;
		}
		String reason = (note == null) ? "" : PartnerChecks.text(note);
		if ((transition.reasonNeeded() && reason.isEmpty()) || reason.length() > PartnerChecks.MAX_TEXT) {
			return ReviewOutcome.NOTE_NEEDED;
		}
		if (action == Action.APPROVED && !sponsor.details().eligible()) {
			return ReviewOutcome.NOT_ELIGIBLE;
		}
		Instant now = this.clock.instant();
		LocalDate today = today();
		if (action == Action.APPROVED) {
			sponsor.approve(today, today.plusMonths(this.settings.validityMonths()), now);
		}
		else {
			sponsor.withdraw(transition.to(), today, now);
		}
		String saved = reason.isEmpty() ? null : reason;
		this.steps.save(new SponsorStep(sponsor.id(), now, reviewer, action, saved));
		this.mails.sponsorStep(sponsor, action, saved);
		return ReviewOutcome.DONE;
	}

	private static String tag(Locale language) {
		return Language.of(language).tag();
	}

	private record Transition(SponsorStatus from, SponsorStatus to, boolean reasonNeeded) {
	}

}
