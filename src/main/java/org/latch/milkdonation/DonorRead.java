package org.latch.milkdonation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.latch.platform.StoredEntity;

/** A staff member opened a donor's file; the donor sees every such read. */
@Entity
@Table(name = "milk_donor_read")
class DonorRead extends StoredEntity {

	@Id
	private UUID id;

	private UUID donorId;

	private UUID readerId;

	private String reader;

	private Instant readAt;

	protected DonorRead() {
		this.id = UUID.randomUUID();
		this.donorId = this.id;
		this.readerId = this.id;
		this.reader = "";
		this.readAt = Instant.EPOCH;
	}

	DonorRead(UUID donorId, UUID readerId, String reader, Instant readAt) {
		this();
		this.donorId = donorId;
		this.readerId = readerId;
		this.reader = reader;
		this.readAt = readAt;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	String reader() {
		return this.reader;
	}

	Instant readAt() {
		return this.readAt;
	}

}
