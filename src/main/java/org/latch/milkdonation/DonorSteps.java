package org.latch.milkdonation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.directory.MilkPlaceId;
import org.latch.directory.MilkPlaces;
import org.latch.notification.NotificationManagement;
import org.latch.platform.FormErrors;
import org.latch.platform.PrivateLinks;

/**
 * What a bank's staff do for a donor: each screening step (checked against the
 * {@link Funnel}, recorded with who and when, the outcome and note sealed), donations
 * logged and confirmed, a new private link. Only for their own bank's donors.
 */
@Service
class DonorSteps {

	/** How taking a step went. */
	enum Taken {

		DONE, NOT_FOUND, INVALID, REFUSED

	}

	/** The outcome, and the refusal when the funnel refused the step. */
	record Result(Taken taken, Funnel.@Nullable Refusal refusal) {

		static Result of(Taken taken) {
			return new Result(taken, null);
		}

	}

	private final MilkDonorRepository donors;

	private final DonorStepRepository steps;

	private final DonorCipher cipher;

	private final DonationLog log;

	private final MilkPlaces places;

	private final NotificationManagement notifications;

	private final MilkMails mails;

	private final Clock clock;

	DonorSteps(MilkDonorRepository donors, DonorStepRepository steps, DonorCipher cipher, DonationLog log,
			MilkPlaces places, NotificationManagement notifications, MilkMails mails, Clock clock) {
		this.donors = donors;
		this.steps = steps;
		this.cipher = cipher;
		this.log = log;
		this.places = places;
		this.notifications = notifications;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Records the step when the request is complete and the funnel allows it, moves the
	 * donor on, and emails them a decision; the request's problems go to {@code errors}.
	 */
	@Transactional
	Result take(Staffer staffer, UUID id, StepRequest request, FormErrors errors) {
		return take(staffer, id, request, errors, this.clock.instant());
	}

	/** The same, taken at {@code now} (demo data spreads steps over past days). */
	@Transactional
	Result take(Staffer staffer, UUID id, StepRequest request, FormErrors errors, Instant now) {
		Optional<MilkDonor> found = this.donors.findByIdAndBankId(id, staffer.bankId());
		if (found.isEmpty()) {
			return Result.of(Taken.NOT_FOUND);
		}
		MilkDonor donor = found.get();
		StepKind kind = DonorChecks.choice(StepKind.class, request.kind());
		if (kind == null || !kind.byStaff()) {
			errors.reject("kind", "validation.milk.step");
		}
		BloodResult result = DonorChecks.choice(BloodResult.class, request.result());
		if (kind == StepKind.BLOOD_TEST_RESULT && result == null) {
			errors.reject("result", "validation.milk.result");
		}
		IneligibleReason reason = DonorChecks.choice(IneligibleReason.class, request.reason());
		if (kind == StepKind.NOT_ELIGIBLE && reason == null) {
			errors.reject("reason", "validation.milk.reason");
		}
		String note = (request.note() == null) ? "" : request.note().strip().replace("\u0000", "");
		if (note.length() > StepRequest.MAX_NOTE || (kind == StepKind.NOTE && note.isEmpty())) {
			errors.reject("note", "validation.milk.note");
		}
		if (errors.any() || kind == null) {
			return Result.of(Taken.INVALID);
		}
		List<DonorStep> all = this.steps.findByDonorIdOrderByAt(id);
		List<StepKind> kinds = all.stream().map(DonorStep::kind).toList();
		Optional<Funnel.Refusal> refusal = Funnel.refusal(kinds, kind, lastResult(all, openOutcome(id)));
		if (refusal.isPresent()) {
			return new Result(Taken.REFUSED, refusal.get());
		}
		String outcome = (kind == StepKind.BLOOD_TEST_RESULT && result != null) ? result.name()
				: (kind == StepKind.NOT_ELIGIBLE && reason != null) ? reason.name() : null;
		this.steps
			.save(new DonorStep(id, kind, staffer.accountId(), this.cipher.sealOrNull(id, MilkDonors.OUTCOME, outcome),
					note.isEmpty() ? null : this.cipher.seal(id, MilkDonors.NOTE, note), now));
		donor.moved(Funnel.stage(append(kinds, kind)), now);
		decided(donor, kind, staffer);
		return Result.of(Taken.DONE);
	}

	/** Logs milk the donor gave, confirmed at once; false when not the bank's donor. */
	@Transactional
	boolean logDonation(Staffer staffer, UUID id, DonationForm.Checked donation) {
		return logDonation(staffer, id, donation, this.clock.instant());
	}

	@Transactional
	boolean logDonation(Staffer staffer, UUID id, DonationForm.Checked donation, Instant now) {
		Optional<MilkDonor> donor = this.donors.findByIdAndBankId(id, staffer.bankId());
		donor.ifPresent(found -> this.log.add(found, donation, staffer.accountId(), now));
		return donor.isPresent();
	}

	/** Confirms what the donor reported; false when there is no such donor or entry. */
	@Transactional
	boolean confirm(Staffer staffer, UUID id, UUID donation) {
		return this.donors.findByIdAndBankId(id, staffer.bankId())
			.map(donor -> this.log.confirm(donor, donation, staffer.accountId()))
			.orElse(false);
	}

	/**
	 * Emails the donor a new private link (the old one stops working); false when the
	 * donor is not the bank's or gave no email address.
	 */
	@Transactional
	boolean newLink(Staffer staffer, UUID id) {
		Optional<MilkDonor> found = this.donors.findByIdAndBankId(id, staffer.bankId());
		String email = found.map(donor -> this.cipher.openOrNull(id, MilkDonors.EMAIL, donor.sealed().email()))
			.orElse(null);
		if (found.isEmpty() || email == null) {
			return false;
		}
		MilkDonor donor = found.get();
		String secret = PrivateLinks.newSecret();
		Instant now = this.clock.instant();
		donor.newSecret(PrivateLinks.hash(secret), now);
		this.steps.save(new DonorStep(id, StepKind.NEW_LINK, staffer.accountId(), null, null, now));
		this.notifications
			.send(this.mails.newLink(email, donor.language(), donor.reference(), staffer.bankName(), secret));
		return true;
	}

	/** The latest blood test result among the steps, opened; null before any. */
	static @Nullable BloodResult lastResult(List<DonorStep> steps, UnaryOperator<String> open) {
		BloodResult last = null;
		for (DonorStep step : steps) {
			if (step.kind() == StepKind.BLOOD_TEST_RESULT && step.outcomeSealed() != null) {
				last = BloodResult.valueOf(open.apply(step.outcomeSealed()));
			}
		}
		return last;
	}

	private UnaryOperator<String> openOutcome(UUID donor) {
		return sealed -> this.cipher.open(donor, MilkDonors.OUTCOME, sealed);
	}

	/** The decision reaches a donor who gave an email address: kind words, no reason. */
	private void decided(MilkDonor donor, StepKind kind, Staffer staffer) {
		if (kind != StepKind.APPROVED && kind != StepKind.NOT_ELIGIBLE) {
			return;
		}
		String email = this.cipher.openOrNull(donor.id(), MilkDonors.EMAIL, donor.sealed().email());
		if (email == null) {
			return;
		}
		String bank = this.places.bank(new MilkPlaceId(donor.bankId()))
			.map(view -> view.name())
			.orElse(staffer.bankName());
		this.notifications
			.send((kind == StepKind.APPROVED) ? this.mails.approved(email, donor.language(), donor.reference(), bank)
					: this.mails.notEligible(email, donor.language(), donor.reference(), bank));
	}

	private static List<StepKind> append(List<StepKind> kinds, StepKind next) {
		return Stream.concat(kinds.stream(), Stream.of(next)).toList();
	}

}
