package org.latch.milkdonation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.latch.platform.StoredEntity;

/**
 * Someone who offered to donate milk, sent to one milk bank. What they told us is held
 * only sealed ({@link Sealed}); {@link MilkDonors} and {@link MilkBankDesk} seal and open
 * it. The stage moves with the bank's steps; a version guards against two staff members
 * changing the same donor at once.
 */
@Entity
@Table(name = "milk_donor")
class MilkDonor extends StoredEntity {

	/** The donor's own words and answers, sealed or opened as a whole. */
	record Sealed(String name, @Nullable String email, @Nullable String phone, String place, String baby,
			String screening) {

		Sealed map(Field field) {
			return new Sealed(field.apply(MilkDonors.NAME, this.name), optional(field, MilkDonors.EMAIL, this.email),
					optional(field, MilkDonors.PHONE, this.phone), field.apply(MilkDonors.PLACE, this.place),
					field.apply(MilkDonors.BABY, this.baby), field.apply(MilkDonors.SCREENING, this.screening));
		}

		private static @Nullable String optional(Field field, String name, @Nullable String value) {
			return (value == null) ? null : field.apply(name, value);
		}

	}

	/** Seals or opens one field by its name. */
	interface Field {

		String apply(String name, String value);

	}

	@Id
	private UUID id;

	private String reference;

	private String secretHash;

	private UUID bankId;

	private @Nullable UUID campaignId;

	private String language;

	@Enumerated(EnumType.STRING)
	private Stage stage;

	private String nameSealed;

	private @Nullable String emailSealed;

	private @Nullable String phoneSealed;

	private String placeSealed;

	private String babySealed;

	private String screeningSealed;

	private @Nullable BigDecimal pledgeAmount;

	@Enumerated(EnumType.STRING)
	private @Nullable MilkUnit pledgeUnit;

	private @Nullable Instant pledgedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected MilkDonor() {
		this.id = UUID.randomUUID();
		this.reference = "";
		this.secretHash = "";
		this.bankId = this.id;
		this.language = "en";
		this.stage = Stage.CALL;
		this.nameSealed = "";
		this.placeSealed = "";
		this.babySealed = "";
		this.screeningSealed = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	/**
	 * @param id chosen before, because each sealed value is bound to it
	 */
	MilkDonor(UUID id, String reference, String secretHash, UUID bankId, @Nullable UUID campaignId, String language,
			Sealed sealed, Instant now) {
		this();
		this.id = id;
		this.reference = reference;
		this.secretHash = secretHash;
		this.bankId = bankId;
		this.campaignId = campaignId;
		this.language = language;
		seal(sealed);
		this.createdAt = now;
		this.updatedAt = now;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	UUID id() {
		return this.id;
	}

	String reference() {
		return this.reference;
	}

	UUID bankId() {
		return this.bankId;
	}

	@Nullable UUID campaignId() {
		return this.campaignId;
	}

	String language() {
		return this.language;
	}

	Stage stage() {
		return this.stage;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	Sealed sealed() {
		return new Sealed(this.nameSealed, this.emailSealed, this.phoneSealed, this.placeSealed, this.babySealed,
				this.screeningSealed);
	}

	/**
	 * Replaces the sealed fields (with the same values sealed again, on key rotation).
	 */
	void seal(Sealed sealed) {
		this.nameSealed = sealed.name();
		this.emailSealed = sealed.email();
		this.phoneSealed = sealed.phone();
		this.placeSealed = sealed.place();
		this.babySealed = sealed.baby();
		this.screeningSealed = sealed.screening();
	}

	/** Moves to the stage the steps lead to. */
	void moved(Stage stage, Instant now) {
		this.stage = stage;
		this.updatedAt = now;
	}

	/** Something happened (a donation, a pledge): the donor is active, kept longer. */
	void touched(Instant now) {
		this.updatedAt = now;
	}

	/** A new private link: the old one stops working. */
	void newSecret(String secretHash, Instant now) {
		this.secretHash = secretHash;
		this.updatedAt = now;
	}

	@Nullable MilkVolume pledge() {
		return (this.pledgeAmount == null || this.pledgeUnit == null) ? null
				: new MilkVolume(this.pledgeAmount, this.pledgeUnit);
	}

	void pledge(MilkVolume volume, Instant now) {
		this.pledgeAmount = volume.amount();
		this.pledgeUnit = volume.unit();
		this.pledgedAt = now;
		this.updatedAt = now;
	}

	@Nullable Instant pledgedAt() {
		return this.pledgedAt;
	}

}
