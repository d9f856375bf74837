package org.latch.milkdonation;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import org.latch.directory.DepotAddress;
import org.latch.directory.MilkPlaceId;
import org.latch.directory.MilkPlaces;
import org.latch.platform.Localizer;

/**
 * A donor's donations: written down by the donor (waiting for the bank) or by the bank's
 * staff (confirmed at once), confirmed by the bank, which publishes
 * {@link MilkDonationRecorded}. Runs inside its callers' transactions.
 */
@Component
class DonationLog {

	private final MilkDonationRepository donations;

	private final MilkPlaces places;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DonationLog(MilkDonationRepository donations, MilkPlaces places, ApplicationEventPublisher events, Clock clock) {
		this.donations = donations;
		this.places = places;
		this.events = events;
		this.clock = clock;
	}

	/** Where the bank takes milk, by id: the bank itself, then its depots by name. */
	Map<UUID, String> placesOf(UUID bank) {
		Map<UUID, String> where = new LinkedHashMap<>();
		this.places.bank(new MilkPlaceId(bank)).ifPresent(found -> where.put(bank, found.name()));
		for (DepotAddress depot : this.places.depotsOf(new MilkPlaceId(bank))) {
			where.put(depot.id().value(), depot.name());
		}
		return where;
	}

	/** Writes a donation down; {@code staff} confirms it at once, null is the donor. */
	void add(MilkDonor donor, DonationForm.Checked donation, @Nullable UUID staff, Instant now) {
		MilkDonation saved = this.donations
			.save(new MilkDonation(donor, donation.place(), donation.on(), donation.volume(), staff, now));
		donor.touched(now);
		if (saved.confirmed()) {
			recorded(saved);
		}
	}

	/** The bank confirms what the donor reported; false when there is no such entry. */
	boolean confirm(MilkDonor donor, UUID donation, UUID staff) {
		Optional<MilkDonation> found = this.donations.findByIdAndDonorId(donation, donor.id());
		Instant now = this.clock.instant();
		if (found.isPresent() && found.get().confirm(staff, now)) {
			donor.touched(now);
			recorded(found.get());
		}
		return found.isPresent();
	}

	List<MilkDonation> of(MilkDonor donor) {
		return this.donations.findByDonorIdOrderByDonatedOnDescLoggedAtDesc(donor.id());
	}

	static List<DonationView> views(List<MilkDonation> donations, Map<UUID, String> places, Localizer i18n) {
		return donations.stream()
			.map(donation -> new DonationView(donation.getId(), donation.donatedOn(),
					places.getOrDefault(donation.placeId(), ""), VolumeText.of(donation.volume(), i18n),
					donation.confirmed(), donation.reportedBy() == MilkDonation.ReportedBy.DONOR))
			.toList();
	}

	/** What the bank confirmed, in both units. */
	static MilkSum confirmed(List<MilkDonation> donations) {
		return MilkSum.of(donations.stream().filter(MilkDonation::confirmed).map(MilkDonation::volume).toList());
	}

	private void recorded(MilkDonation donation) {
		MilkVolume volume = donation.volume();
		this.events.publishEvent(new MilkDonationRecorded(donation.getId(), donation.bankId(), donation.campaignId(),
				volume.ounces(), volume.millilitres()));
	}

}
