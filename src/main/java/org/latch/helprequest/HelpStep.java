package org.latch.helprequest;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.latch.platform.StoredEntity;

/** One step of a request's way through routing and answering, with who took it. */
@Entity
@Table(name = "help_step")
class HelpStep extends StoredEntity {

	/** What happened. */
	enum Kind {

		OFFERED, ACCEPTED, DECLINED, EXPIRED, ESCALATED, ASSIGNED, ANSWERED, REFERRED, THANKED, CLOSED

	}

	/** Who acts when Latch itself takes a step. */
	static final String LATCH = "Latch";

	/** Who acts when the family takes a step; their name is not repeated. */
	static final String FAMILY = "family";

	@Id
	private UUID id;

	private UUID requestId;

	private Instant at;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String actor;

	private @Nullable String detail;

	/** Order of steps taken at the same instant; the database numbers them. */
	@Column(insertable = false, updatable = false)
	private @Nullable Long seq;

	protected HelpStep() {
		this.id = UUID.randomUUID();
		this.requestId = this.id;
		this.at = Instant.EPOCH;
		this.kind = Kind.OFFERED;
		this.actor = LATCH;
	}

	HelpStep(UUID requestId, Instant at, Kind kind, String actor, @Nullable String detail) {
		this();
		this.requestId = requestId;
		this.at = at;
		this.kind = kind;
		this.actor = actor;
		this.detail = detail;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	Instant at() {
		return this.at;
	}

	Kind kind() {
		return this.kind;
	}

	String actor() {
		return this.actor;
	}

	@Nullable String detail() {
		return this.detail;
	}

}
