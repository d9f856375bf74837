package org.latch.milkdonation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.account.Person;
import org.latch.directory.MilkPlaceId;
import org.latch.directory.MilkPlaces;
import org.latch.notification.NotificationManagement;
import org.latch.platform.Localizer;
import org.latch.platform.PrivateLinks;

/**
 * Donors as they see themselves: sent once however often the form is submitted, followed
 * at a private link, pledging and reporting milk, and deleted for good when they ask.
 */
@Service
class MilkDonors {

	static final String NAME = "name";

	static final String EMAIL = "email";

	static final String PHONE = "phone";

	static final String PLACE = "place";

	static final String BABY = "baby";

	static final String SCREENING = "screening";

	static final String OUTCOME = "outcome";

	static final String NOTE = "note";

	private final MilkDonorRepository donors;

	private final DonorStepRepository steps;

	private final DonorReadRepository reads;

	private final DonorCipher cipher;

	private final DonationLog log;

	private final MilkPlaces places;

	private final MilkBankStaffing staffing;

	private final NotificationManagement notifications;

	private final MilkMails mails;

	private final MessageSource messages;

	private final Clock clock;

	MilkDonors(MilkDonorRepository donors, DonorStepRepository steps, DonorReadRepository reads, DonorCipher cipher,
			DonationLog log, MilkPlaces places, MilkBankStaffing staffing, NotificationManagement notifications,
			MilkMails mails, MessageSource messages, Clock clock) {
		this.donors = donors;
		this.steps = steps;
		this.reads = reads;
		this.cipher = cipher;
		this.log = log;
		this.places = places;
		this.staffing = staffing;
		this.notifications = notifications;
		this.mails = mails;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Stores the donor for the bank, sealed, and emails them their link and the bank's
	 * staff a link to the donor's file, in one transaction; a form already sent with the
	 * same secret is the donor already stored. Returns the donor's id.
	 */
	@Transactional
	UUID submit(Interest interest, UUID bank) {
		return submit(interest, bank, this.clock.instant());
	}

	@Transactional
	UUID submit(Interest interest, UUID bank, Instant now) {
		String hash = PrivateLinks.hash(interest.secret());
		Optional<MilkDonor> sent = this.donors.findBySecretHash(hash);
		if (sent.isPresent()) {
			return sent.get().id();
		}
		UUID id = UUID.randomUUID();
		MilkDonor.Sealed sealed = new MilkDonor.Sealed(interest.name(), interest.email(), interest.phone(),
				interest.place(), interest.baby().name(), interest.screening().sealable())
			.map((field, value) -> this.cipher.seal(id, field, value));
		MilkDonor donor = new MilkDonor(id, newReference(), hash, bank, interest.campaign(), interest.language(),
				sealed, now);
		this.donors.saveAndFlush(donor);
		this.steps.save(new DonorStep(id, StepKind.SUBMITTED, null, null, null, now));
		String bankName = this.places.bank(new MilkPlaceId(bank)).map(view -> view.name()).orElse("");
		if (interest.email() != null) {
			this.notifications.send(this.mails.received(interest.email(), interest.language(), donor.reference(),
					bankName, interest.secret()));
		}
		for (Person staff : this.staffing.of(bank)) {
			this.notifications.send(this.mails.waiting(staff, donor.reference(), id));
		}
		return id;
	}

	/** Whether a donor sent a form with this secret; nothing is opened. */
	@Transactional(readOnly = true)
	boolean exists(String secret) {
		return this.donors.existsBySecretHash(PrivateLinks.hash(secret));
	}

	/** The donor's private page, opened, in the reader's language. */
	@Transactional(readOnly = true)
	Optional<DonorPage> page(String secret, Locale locale) {
		return this.donors.findBySecretHash(PrivateLinks.hash(secret)).map(donor -> page(donor, locale));
	}

	/**
	 * Replaces the donor's pledge; false when the link leads nowhere or the bank said no.
	 */
	@Transactional
	boolean pledge(String secret, MilkVolume volume) {
		Optional<MilkDonor> donor = this.donors.findBySecretHash(PrivateLinks.hash(secret))
			.filter(found -> found.stage() != Stage.NOT_ELIGIBLE);
		donor.ifPresent(found -> found.pledge(volume, this.clock.instant()));
		return donor.isPresent();
	}

	/** Replaces the pledge of the donor with this id, at {@code now}; false as above. */
	@Transactional
	boolean pledge(UUID donor, MilkVolume volume, Instant now) {
		Optional<MilkDonor> found = this.donors.findById(donor).filter(one -> one.stage() != Stage.NOT_ELIGIBLE);
		found.ifPresent(one -> one.pledge(volume, now));
		return found.isPresent();
	}

	/** Where an approved donor may take milk; empty when the link leads nowhere else. */
	@Transactional(readOnly = true)
	Map<UUID, String> placesFor(String secret) {
		return this.donors.findBySecretHash(PrivateLinks.hash(secret))
			.filter(donor -> donor.stage() == Stage.APPROVED)
			.map(donor -> this.log.placesOf(donor.bankId()))
			.orElse(Map.of());
	}

	/**
	 * The approved donor with this id reports milk given, for the bank to confirm.
	 * @throws IllegalArgumentException when there is no such approved donor or place
	 */
	@Transactional
	void report(UUID id, DonationForm.Checked donation, Instant now) {
		MilkDonor donor = this.donors.findById(id)
			.filter(found -> found.stage() == Stage.APPROVED)
			.filter(found -> this.log.placesOf(found.bankId()).containsKey(donation.place()))
			.orElseThrow(() -> new IllegalArgumentException("No approved donor " + id + " giving there"));
		this.log.add(donor, donation, null, now);
	}

	/** The donor reports milk given, for the bank to confirm; false unless approved. */
	@Transactional
	boolean report(String secret, DonationForm.Checked donation) {
		Optional<MilkDonor> donor = this.donors.findBySecretHash(PrivateLinks.hash(secret))
			.filter(found -> found.stage() == Stage.APPROVED);
		donor.ifPresent(found -> this.log.add(found, donation, null, this.clock.instant()));
		return donor.isPresent();
	}

	/**
	 * Deletes the donor at once with their steps and the record of reads (the schema
	 * cascades); the milk they gave stays counted, without them. False when the link
	 * leads nowhere.
	 */
	@Transactional
	boolean delete(String secret) {
		Optional<MilkDonor> donor = this.donors.findBySecretHash(PrivateLinks.hash(secret));
		donor.ifPresent(this.donors::delete);
		return donor.isPresent();
	}

	private DonorPage page(MilkDonor donor, Locale locale) {
		UUID id = donor.id();
		Localizer i18n = new Localizer(this.messages, locale);
		List<DonorStep> all = this.steps.findByDonorIdOrderByAt(id);
		IneligibleReason reason = all.stream()
			.filter(step -> step.kind() == StepKind.NOT_ELIGIBLE && step.outcomeSealed() != null)
			.map(step -> IneligibleReason.valueOf(this.cipher.open(id, OUTCOME, step.outcomeSealed())))
			.reduce((first, second) -> second)
			.orElse(null);
		Screening screening = Screening.parse(this.cipher.open(id, SCREENING, donor.sealed().screening()))
			.orElseThrow();
		List<MilkDonation> donations = this.log.of(donor);
		Map<UUID, String> where = this.log.placesOf(donor.bankId());
		MilkVolume pledge = donor.pledge();
		boolean approved = donor.stage() == Stage.APPROVED;
		return new DonorPage(donor.reference(), donor.stage(), this.cipher.open(id, NAME, donor.sealed().name()),
				donor.createdAt(), this.places.bank(new MilkPlaceId(donor.bankId())).orElse(null), screening.raised(),
				all.stream()
					.filter(step -> step.kind() != StepKind.NOTE)
					.map(step -> new DonorPage.Step(step.kind(), step.at()))
					.toList(),
				this.reads.findByDonorIdOrderByReadAt(id)
					.stream()
					.map(read -> new DonorPage.Read(read.reader(), read.readAt()))
					.toList(),
				reason, (pledge == null) ? null : VolumeText.of(pledge, i18n),
				DonationLog.views(donations, where, i18n), VolumeText.of(DonationLog.confirmed(donations), i18n),
				approved ? this.places.depotsOf(new MilkPlaceId(donor.bankId())) : List.of(),
				approved ? where : Map.of(), donor.sealed().email() != null);
	}

	private String newReference() {
		while (true) {
			String reference = PrivateLinks.newReference("M");
			if (!this.donors.existsByReference(reference)) {
				return reference;
			}
		}
	}

}
