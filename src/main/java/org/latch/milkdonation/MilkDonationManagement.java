package org.latch.milkdonation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.directory.MilkPlaceId;
import org.latch.directory.MilkPlaceView;
import org.latch.directory.MilkPlaces;
import org.latch.platform.FormErrors;
import org.latch.platform.Language;
import org.latch.platform.PrivateLinks;

/**
 * The milk donation module's facade for other modules (demo data, imports): adding staff
 * to a bank, donors offered on someone's behalf, the bank's steps, pledges and donations.
 * Every call follows the rules the pages follow; a call they would refuse throws
 * {@link IllegalArgumentException}.
 */
@Service
public class MilkDonationManagement {

	private final MilkBankStaffing staffing;

	private final MilkDonors donors;

	private final DonorSteps steps;

	private final DonationLog log;

	private final MilkPlaces places;

	MilkDonationManagement(MilkBankStaffing staffing, MilkDonors donors, DonorSteps steps, DonationLog log,
			MilkPlaces places) {
		this.staffing = staffing;
		this.donors = donors;
		this.steps = steps;
		this.log = log;
		this.places = places;
	}

	/** Makes the account with this address staff of the bank; {@code by} adds them. */
	@Transactional
	public void addStaff(String email, MilkPlaceId bank, UUID by) {
		MilkBankStaffing.Added added = this.staffing.add(email, bank.value(), by);
		if (added != MilkBankStaffing.Added.DONE) {
			throw new IllegalArgumentException("Cannot add " + email + " to " + bank + ": " + added);
		}
	}

	/** Stores the offer for its bank as if sent from the form; returns the donor's id. */
	@Transactional
	public UUID offer(DonorOffer offer) {
		MilkPlaceView bank = this.places.bank(offer.bank())
			.orElseThrow(() -> new IllegalArgumentException("Not a milk bank: " + offer.bank()));
		String secret = (offer.secret() == null) ? PrivateLinks.newSecret() : offer.secret();
		String language = Language.match(offer.language())
			.orElseThrow(() -> new IllegalArgumentException("Not a language: " + offer.language()))
			.tag();
		if (!PrivateLinks.isSecret(secret) || offer.name().isBlank()
				|| (offer.email() == null && offer.phone() == null)) {
			throw new IllegalArgumentException("An offer needs a name, a way to reach the donor and a usable secret");
		}
		Map<ScreeningQuestion, Answer> answers = new EnumMap<>(ScreeningQuestion.class);
		for (ScreeningQuestion question : ScreeningQuestion.values()) {
			boolean raised = offer.takesMedicine() && question == ScreeningQuestion.REGULAR_MEDICATIONS;
			answers.put(question, question.raises(Answer.YES) != raised ? Answer.NO : Answer.YES);
		}
		return this.donors.submit(
				new Interest(secret, offer.campaign(), offer.name(), offer.email(), offer.phone(), language,
						offer.place(), bank.point(), offer.baby(), new Screening(answers)),
				bank.id().value(), offer.at());
	}

	/** A screening step without an outcome (not a result, not a decision against). */
	@Transactional
	public void step(UUID donor, StepKind kind, UUID staff, Instant at) {
		if (kind == StepKind.BLOOD_TEST_RESULT || kind == StepKind.NOT_ELIGIBLE) {
			throw new IllegalArgumentException(kind + " needs an outcome");
		}
		take(donor, new StepRequest(kind.name(), null, null, null), staff, at);
	}

	@Transactional
	public void bloodTestResult(UUID donor, BloodResult result, UUID staff, Instant at) {
		take(donor, new StepRequest(StepKind.BLOOD_TEST_RESULT.name(), result.name(), null, null), staff, at);
	}

	@Transactional
	public void notEligible(UUID donor, IneligibleReason reason, UUID staff, Instant at) {
		take(donor, new StepRequest(StepKind.NOT_ELIGIBLE.name(), null, reason.name(), null), staff, at);
	}

	/** Replaces the donor's pledge. */
	@Transactional
	public void pledge(UUID donor, BigDecimal amount, MilkUnit unit, Instant at) {
		if (!this.donors.pledge(donor, volume(amount, unit), at)) {
			throw new IllegalArgumentException("No donor who may pledge: " + donor);
		}
	}

	/**
	 * Milk given at the bank or one of its depots: logged and confirmed by {@code staff},
	 * or, with no staff, reported by the donor and waiting for the bank.
	 */
	@Transactional
	public void donation(UUID donor, MilkPlaceId place, LocalDate on, BigDecimal amount, MilkUnit unit,
			@Nullable UUID staff, Instant at) {
		DonationForm.Checked donation = new DonationForm.Checked(place.value(), on, volume(amount, unit));
		if (staff == null) {
			this.donors.report(donor, donation, at);
			return;
		}
		Staffer staffer = staffer(staff);
		if (!this.log.placesOf(staffer.bankId()).containsKey(place.value())
				|| !this.steps.logDonation(staffer, donor, donation, at)) {
			throw new IllegalArgumentException("Not a place or a donor of " + staffer.bankName());
		}
	}

	private void take(UUID donor, StepRequest request, UUID staff, Instant at) {
		FormErrors errors = FormErrors.none();
		DonorSteps.Result result = this.steps.take(staffer(staff), donor, request, errors, at);
		if (result.taken() != DonorSteps.Taken.DONE) {
			throw new IllegalArgumentException(
					"Step " + request.kind() + " refused: " + result.taken() + " " + result.refusal() + errors.all());
		}
	}

	private Staffer staffer(UUID staff) {
		return this.staffing.staffer(staff)
			.orElseThrow(() -> new IllegalArgumentException("Not milk bank staff: " + staff));
	}

	private static MilkVolume volume(BigDecimal amount, MilkUnit unit) {
		return MilkVolume.parse(amount.toPlainString(), unit.name())
			.orElseThrow(() -> new IllegalArgumentException("Not an amount of milk: " + amount + " " + unit));
	}

}
