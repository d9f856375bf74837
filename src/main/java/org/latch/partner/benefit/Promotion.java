package org.latch.partner.benefit;

import java.time.Instant;
import java.time.LocalDate;
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
 * An event or post a partner asks the program to promote: pending until the staff approve
 * it (then listed publicly) or decline it with a reason.
 */
@Entity
@Table(name = "partner_promotion")
class Promotion extends StoredEntity {

	/** An event on a day, or a post published on a day. */
	enum Kind {

		EVENT, POST

	}

	/** Where a request stands. */
	enum Status {

		PENDING, APPROVED, DECLINED

	}

	@Id
	private UUID id;

	private UUID partnerId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String title;

	private String link;

	private LocalDate onDay;

	private String summary;

	@Enumerated(EnumType.STRING)
	private Status status;

	private UUID submittedBy;

	private Instant submittedAt;

	private @Nullable UUID decidedBy;

	private @Nullable Instant decidedAt;

	private @Nullable String reason;

	@Version
	private long version;

	protected Promotion() {
		this.id = UUID.randomUUID();
		this.partnerId = this.id;
		this.kind = Kind.EVENT;
		this.title = "";
		this.link = "";
		this.onDay = LocalDate.EPOCH;
		this.summary = "";
		this.status = Status.PENDING;
		this.submittedBy = this.id;
		this.submittedAt = Instant.EPOCH;
	}

	Promotion(UUID partnerId, PromotionForm form, UUID submittedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.partnerId = partnerId;
		this.kind = Kind.valueOf(form.kind());
		this.title = form.title().strip();
		this.link = form.link().strip();
		this.onDay = LocalDate.parse(form.day());
		this.summary = form.summary().strip();
		this.status = Status.PENDING;
		this.submittedBy = submittedBy;
		this.submittedAt = now;
	}

	/** Approved (no reason needed) or declined with one; only while pending. */
	boolean decide(Status outcome, UUID staff, @Nullable String why, Instant now) {
		if (this.status != Status.PENDING || outcome == Status.PENDING) {
			return false;
		}
		this.status = outcome;
		this.decidedBy = staff;
		this.decidedAt = now;
		this.reason = why;
		return true;
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

	String title() {
		return this.title;
	}

	String link() {
		return this.link;
	}

	LocalDate onDay() {
		return this.onDay;
	}

	String summary() {
		return this.summary;
	}

	Status status() {
		return this.status;
	}

	Instant submittedAt() {
		return this.submittedAt;
	}

	@Nullable Instant decidedAt() {
		return this.decidedAt;
	}

	@Nullable String reason() {
		return this.reason;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
