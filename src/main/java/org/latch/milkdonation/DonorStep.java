package org.latch.milkdonation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.latch.platform.StoredEntity;

/**
 * One step of a donor's way: what, who (an account id; none for the donor's own form),
 * when, and sealed, its outcome (a test result or a reason) and the staff's note.
 */
@Entity
@Table(name = "milk_donor_step")
class DonorStep extends StoredEntity {

	@Id
	private UUID id;

	private UUID donorId;

	@Enumerated(EnumType.STRING)
	private StepKind kind;

	private @Nullable UUID actorId;

	private @Nullable String outcomeSealed;

	private @Nullable String noteSealed;

	private Instant at;

	protected DonorStep() {
		this.id = UUID.randomUUID();
		this.donorId = this.id;
		this.kind = StepKind.NOTE;
		this.at = Instant.EPOCH;
	}

	DonorStep(UUID donorId, StepKind kind, @Nullable UUID actorId, @Nullable String outcomeSealed,
			@Nullable String noteSealed, Instant at) {
		this();
		this.donorId = donorId;
		this.kind = kind;
		this.actorId = actorId;
		this.outcomeSealed = outcomeSealed;
		this.noteSealed = noteSealed;
		this.at = at;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	UUID donorId() {
		return this.donorId;
	}

	StepKind kind() {
		return this.kind;
	}

	@Nullable UUID actorId() {
		return this.actorId;
	}

	@Nullable String outcomeSealed() {
		return this.outcomeSealed;
	}

	@Nullable String noteSealed() {
		return this.noteSealed;
	}

	Instant at() {
		return this.at;
	}

	/** The same outcome and note, sealed again with the current key. */
	void reseal(@Nullable String outcomeSealed, @Nullable String noteSealed) {
		this.outcomeSealed = outcomeSealed;
		this.noteSealed = noteSealed;
	}

}
