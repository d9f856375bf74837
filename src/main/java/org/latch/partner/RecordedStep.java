package org.latch.partner;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

import org.latch.platform.StoredEntity;

/**
 * One step in the history of something reviewed (an application, a register entry, a
 * violation report): when, by whom, and the reason given. Each kind of history adds what
 * the step belongs to and its own list of actions.
 */
@MappedSuperclass
abstract class RecordedStep extends StoredEntity {

	@Id
	private UUID id;

	private Instant at;

	/** The account that took the step; none for an anonymous report. */
	private @Nullable UUID actorId;

	private @Nullable String note;

	protected RecordedStep() {
		this.id = UUID.randomUUID();
		this.at = Instant.EPOCH;
	}

	RecordedStep(Instant at, @Nullable UUID actorId, @Nullable String note) {
		this.id = UUID.randomUUID();
		this.at = at;
		this.actorId = actorId;
		this.note = note;
	}

	Instant at() {
		return this.at;
	}

	@Nullable UUID actorId() {
		return this.actorId;
	}

	@Nullable String note() {
		return this.note;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
