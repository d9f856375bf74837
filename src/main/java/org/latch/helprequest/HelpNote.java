package org.latch.helprequest;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.latch.platform.StoredEntity;

/** A Leader's private note on a request, sealed; the family never sees notes. */
@Entity
@Table(name = "help_note")
class HelpNote extends StoredEntity {

	@Id
	private UUID id;

	private UUID requestId;

	private String author;

	private String bodySealed;

	private Instant createdAt;

	protected HelpNote() {
		this.id = UUID.randomUUID();
		this.requestId = this.id;
		this.author = "";
		this.bodySealed = "";
		this.createdAt = Instant.EPOCH;
	}

	HelpNote(UUID requestId, String author, String bodySealed, Instant createdAt) {
		this();
		this.requestId = requestId;
		this.author = author;
		this.bodySealed = bodySealed;
		this.createdAt = createdAt;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	String author() {
		return this.author;
	}

	void reseal(String bodySealed) {
		this.bodySealed = bodySealed;
	}

	String bodySealed() {
		return this.bodySealed;
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
