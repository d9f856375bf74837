package org.latch.milkdonation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.latch.platform.StoredEntity;

/** An account that works for one milk bank, and who added it there. */
@Entity
@Table(name = "milk_bank_staff")
class MilkBankStaff extends StoredEntity {

	@Id
	private UUID accountId;

	private UUID bankId;

	private UUID addedBy;

	private Instant addedAt;

	protected MilkBankStaff() {
		this.accountId = UUID.randomUUID();
		this.bankId = this.accountId;
		this.addedBy = this.accountId;
		this.addedAt = Instant.EPOCH;
	}

	MilkBankStaff(UUID accountId, UUID bankId, UUID addedBy, Instant addedAt) {
		this.accountId = accountId;
		this.bankId = bankId;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

	@Override
	public UUID getId() {
		return this.accountId;
	}

	UUID accountId() {
		return this.accountId;
	}

	UUID bankId() {
		return this.bankId;
	}

	/** Moves the staff member to another bank. */
	void moveTo(UUID bankId, UUID addedBy, Instant now) {
		this.bankId = bankId;
		this.addedBy = addedBy;
		this.addedAt = now;
	}

}
