package org.latch.milkdonation;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.account.AccountManagement;
import org.latch.account.Person;
import org.latch.platform.Localizer;

/**
 * A milk bank's desk: its queue of donors by stage, and each donor's file. Staff reach
 * only their own bank's donors (anyone else's is "not found"), and every opening of a
 * file is recorded for the donor to see.
 */
@Service
class MilkBankDesk {

	static final int QUEUE_PAGE = 200;

	private final MilkDonorRepository donors;

	private final DonorStepRepository steps;

	private final DonorReadRepository reads;

	private final DonorCipher cipher;

	private final DonationLog log;

	private final AccountManagement accounts;

	private final MessageSource messages;

	private final Clock clock;

	MilkBankDesk(MilkDonorRepository donors, DonorStepRepository steps, DonorReadRepository reads, DonorCipher cipher,
			DonationLog log, AccountManagement accounts, MessageSource messages, Clock clock) {
		this.donors = donors;
		this.steps = steps;
		this.reads = reads;
		this.cipher = cipher;
		this.log = log;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
	}

	/** The bank's donors at a stage, oldest first, with the count at every stage. */
	@Transactional(readOnly = true)
	QueueView queue(Staffer staffer, Stage stage) {
		Map<Stage, Long> counts = new EnumMap<>(Stage.class);
		for (Object[] row : this.donors.countByStage(staffer.bankId())) {
			counts.put((Stage) row[0], (Long) row[1]);
		}
		List<QueueView.Row> rows = this.donors
			.findByBankIdAndStageOrderByCreatedAt(staffer.bankId(), stage, Limit.of(QUEUE_PAGE))
			.stream()
			.map(donor -> new QueueView.Row(donor.id(), donor.reference(),
					this.cipher.open(donor.id(), MilkDonors.NAME, donor.sealed().name()), donor.language(),
					donor.updatedAt()))
			.toList();
		return new QueueView(stage, counts, rows);
	}

	/** Where the staff member's bank takes milk: itself and its depots. */
	@Transactional(readOnly = true)
	Map<UUID, String> placesOf(Staffer staffer) {
		return this.log.placesOf(staffer.bankId());
	}

	/**
	 * Opens a donor's file for a member of their bank's staff and records the read; empty
	 * when the donor is not the bank's (or does not exist).
	 */
	@Transactional
	Optional<DonorFile> open(Staffer staffer, UUID id, Locale locale) {
		Optional<MilkDonor> found = this.donors.findByIdAndBankId(id, staffer.bankId());
		found.ifPresent(donor -> this.reads
			.save(new DonorRead(donor.id(), staffer.accountId(), staffer.name(), this.clock.instant())));
		return found.map(donor -> file(donor, new Localizer(this.messages, locale)));
	}

	private DonorFile file(MilkDonor donor, Localizer i18n) {
		UUID id = donor.id();
		MilkDonor.Sealed open = donor.sealed().map((field, value) -> this.cipher.open(id, field, value));
		List<DonorStep> all = this.steps.findByDonorIdOrderByAt(id);
		Map<UUID, String> names = new HashMap<>();
		List<DonorFile.Line> lines = all.stream()
			.map(step -> new DonorFile.Line(step.kind(), actor(step.actorId(), names), step.at(),
					outcomeKey(step, this.cipher.openOrNull(id, MilkDonors.OUTCOME, step.outcomeSealed())),
					this.cipher.openOrNull(id, MilkDonors.NOTE, step.noteSealed())))
			.toList();
		List<StepKind> kinds = all.stream().map(DonorStep::kind).toList();
		BloodResult last = DonorSteps.lastResult(all, sealed -> this.cipher.open(id, MilkDonors.OUTCOME, sealed));
		List<StepKind> possible = Arrays.stream(StepKind.values())
			.filter(StepKind::byStaff)
			.filter(kind -> Funnel.refusal(kinds, kind, last).isEmpty())
			.toList();
		List<MilkDonation> donations = this.log.of(donor);
		Map<UUID, String> where = this.log.placesOf(donor.bankId());
		MilkVolume pledge = donor.pledge();
		return new DonorFile(id, donor.reference(), donor.stage(), donor.language(), open.name(), open.email(),
				open.phone(), open.place(), BabyAge.valueOf(open.baby()),
				Screening.parse(open.screening()).orElseThrow(), donor.createdAt(), lines, last, possible,
				(pledge == null) ? null : VolumeText.of(pledge, i18n), DonationLog.views(donations, where, i18n),
				VolumeText.of(DonationLog.confirmed(donations), i18n), where);
	}

	private String actor(@Nullable UUID account, Map<UUID, String> names) {
		if (account == null) {
			return "";
		}
		return names.computeIfAbsent(account,
				key -> this.accounts.person(key).map(Person::displayName).orElse(key.toString().substring(0, 8)));
	}

	private static @Nullable String outcomeKey(DonorStep step, @Nullable String outcome) {
		if (outcome == null) {
			return null;
		}
		return (step.kind() == StepKind.NOT_ELIGIBLE) ? IneligibleReason.valueOf(outcome).key()
				: "milk.result." + outcome;
	}

}
