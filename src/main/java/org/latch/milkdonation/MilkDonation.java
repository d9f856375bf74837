package org.latch.milkdonation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.latch.platform.StoredEntity;

/**
 * Milk a donor gave at their bank or one of its depots, as entered. The donor may report
 * it; it counts once the bank confirms it (staff logging it confirm it at once).
 */
@Entity
@Table(name = "milk_donation")
class MilkDonation extends StoredEntity {

	/** Who wrote the entry down. */
	enum ReportedBy {

		DONOR, STAFF

	}

	@Id
	private UUID id;

	private @Nullable UUID donorId;

	private UUID bankId;

	private UUID placeId;

	private @Nullable UUID campaignId;

	private LocalDate donatedOn;

	private BigDecimal amount;

	@Enumerated(EnumType.STRING)
	private MilkUnit unit;

	@Enumerated(EnumType.STRING)
	private ReportedBy reportedBy;

	private @Nullable UUID loggedBy;

	private Instant loggedAt;

	private @Nullable UUID confirmedBy;

	private @Nullable Instant confirmedAt;

	protected MilkDonation() {
		this.id = UUID.randomUUID();
		this.bankId = this.id;
		this.placeId = this.id;
		this.donatedOn = LocalDate.EPOCH;
		this.amount = BigDecimal.ZERO;
		this.unit = MilkUnit.OZ;
		this.reportedBy = ReportedBy.STAFF;
		this.loggedAt = Instant.EPOCH;
	}

	/**
	 * @param staff the staff member who logs it, and so confirms it; null when the donor
	 * reports it
	 */
	MilkDonation(MilkDonor donor, UUID placeId, LocalDate donatedOn, MilkVolume volume, @Nullable UUID staff,
			Instant now) {
		this();
		this.donorId = donor.id();
		this.bankId = donor.bankId();
		this.campaignId = donor.campaignId();
		this.placeId = placeId;
		this.donatedOn = donatedOn;
		this.amount = volume.amount();
		this.unit = volume.unit();
		this.reportedBy = (staff == null) ? ReportedBy.DONOR : ReportedBy.STAFF;
		this.loggedBy = staff;
		this.loggedAt = now;
		if (staff != null) {
			confirm(staff, now);
		}
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	/** Confirms an entry the donor reported; false when it was confirmed already. */
	boolean confirm(UUID staff, Instant now) {
		if (this.confirmedAt != null) {
			return false;
		}
		this.confirmedBy = staff;
		this.confirmedAt = now;
		return true;
	}

	@Nullable UUID donorId() {
		return this.donorId;
	}

	UUID bankId() {
		return this.bankId;
	}

	UUID placeId() {
		return this.placeId;
	}

	@Nullable UUID campaignId() {
		return this.campaignId;
	}

	LocalDate donatedOn() {
		return this.donatedOn;
	}

	MilkVolume volume() {
		return new MilkVolume(this.amount, this.unit);
	}

	ReportedBy reportedBy() {
		return this.reportedBy;
	}

	boolean confirmed() {
		return this.confirmedAt != null;
	}

}
