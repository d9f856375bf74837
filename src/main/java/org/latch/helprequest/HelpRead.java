package org.latch.helprequest;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.latch.platform.StoredEntity;

/** A Leader or an administrator read a request; the family sees every such read. */
@Entity
@Table(name = "help_read")
class HelpRead extends StoredEntity {

	@Id
	private UUID id;

	private UUID requestId;

	private String reader;

	private String role;

	private Instant readAt;

	protected HelpRead() {
		this.id = UUID.randomUUID();
		this.requestId = this.id;
		this.reader = "";
		this.role = "";
		this.readAt = Instant.EPOCH;
	}

	HelpRead(UUID requestId, String reader, String role, Instant readAt) {
		this();
		this.requestId = requestId;
		this.reader = reader;
		this.role = role;
		this.readAt = readAt;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	String reader() {
		return this.reader;
	}

	String role() {
		return this.role;
	}

	Instant readAt() {
		return this.readAt;
	}

}
