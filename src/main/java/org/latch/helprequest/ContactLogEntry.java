package org.latch.helprequest;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.jspecify.annotations.Nullable;

import org.latch.platform.StoredEntity;

/**
 * What every entry of the contact log holds: who logged it, where it counts
 * ({@link CountedIn}) and when it was recorded.
 */
@MappedSuperclass
abstract class ContactLogEntry extends StoredEntity {

	@Id
	private UUID id;

	private UUID leaderId;

	private @Nullable UUID groupId;

	private @Nullable UUID areaId;

	private Instant recordedAt;

	protected ContactLogEntry() {
		this.id = UUID.randomUUID();
		this.leaderId = this.id;
		this.recordedAt = Instant.EPOCH;
	}

	protected ContactLogEntry(UUID leaderId, CountedIn place, Instant now) {
		this();
		this.leaderId = leaderId;
		this.groupId = place.groupId();
		this.areaId = place.areaId();
		this.recordedAt = now;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	UUID leaderId() {
		return this.leaderId;
	}

	Instant recordedAt() {
		return this.recordedAt;
	}

}
