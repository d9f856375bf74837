package org.latch.partner.benefit;

import java.time.Instant;
import java.util.List;
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
 * Something a partner offers the program in return for its benefits: translation help
 * into languages, a webinar topic, promoting the program, connecting the program to its
 * members. The staff set its status; the partner and the staff see it on the ledger.
 */
@Entity
@Table(name = "partner_obligation")
class Obligation extends StoredEntity {

	/** What is offered. */
	enum Kind {

		TRANSLATION, WEBINAR, PROMOTION, CONNECTION

	}

	/** Where an offer stands. */
	enum Status {

		OFFERED, ACCEPTED, DELIVERED, WITHDRAWN

	}

	@Id
	private UUID id;

	private UUID partnerId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String details;

	/** Language tags separated by commas (translation help only, else empty). */
	private String languages;

	@Enumerated(EnumType.STRING)
	private Status status;

	private UUID offeredBy;

	private Instant offeredAt;

	private @Nullable UUID changedBy;

	private @Nullable Instant changedAt;

	@Version
	private long version;

	protected Obligation() {
		this.id = UUID.randomUUID();
		this.partnerId = this.id;
		this.kind = Kind.PROMOTION;
		this.details = "";
		this.languages = "";
		this.status = Status.OFFERED;
		this.offeredBy = this.id;
		this.offeredAt = Instant.EPOCH;
	}

	Obligation(UUID partnerId, Kind kind, String details, List<String> languages, UUID offeredBy, Instant now) {
		this.id = UUID.randomUUID();
		this.partnerId = partnerId;
		this.kind = kind;
		this.details = details;
		this.languages = String.join(",", languages);
		this.status = Status.OFFERED;
		this.offeredBy = offeredBy;
		this.offeredAt = now;
	}

	void status(Status status, UUID staff, Instant now) {
		this.status = status;
		this.changedBy = staff;
		this.changedAt = now;
	}

	UUID id() {
		return this.id;
	}

	UUID partnerId() {
		return this.partnerId;
	}

	Kind kind() {
		return this.kind;
	}

	String details() {
		return this.details;
	}

	List<String> languages() {
		return this.languages.isEmpty() ? List.of() : List.of(this.languages.split(","));
	}

	Status status() {
		return this.status;
	}

	Instant offeredAt() {
		return this.offeredAt;
	}

	@Nullable Instant changedAt() {
		return this.changedAt;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
