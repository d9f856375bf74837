package org.latch.helprequest;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.latch.platform.StoredEntity;

/** One message of a request's conversation, sealed. */
@Entity
@Table(name = "help_message")
class HelpMessage extends StoredEntity {

	/** Who wrote a message. */
	enum Author {

		FAMILY, LEADER

	}

	@Id
	private UUID id;

	private UUID requestId;

	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private Author author;

	private String bodySealed;

	private Instant createdAt;

	protected HelpMessage() {
		this.id = UUID.randomUUID();
		this.requestId = this.id;
		this.author = Author.FAMILY;
		this.bodySealed = "";
		this.createdAt = Instant.EPOCH;
	}

	HelpMessage(UUID requestId, Author author, String bodySealed, Instant now) {
		this();
		this.requestId = requestId;
		this.author = author;
		this.bodySealed = bodySealed;
		this.createdAt = now;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	Author author() {
		return this.author;
	}

	String bodySealed() {
		return this.bodySealed;
	}

	void reseal(String bodySealed) {
		this.bodySealed = bodySealed;
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
