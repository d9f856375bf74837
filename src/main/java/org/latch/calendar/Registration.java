package org.latch.calendar;

import java.time.Instant;
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
 * One form sent: the people it brings to a site (or virtually), confirmed or waitlisted
 * in the order forms arrived. Only a confirmed place owes the site's fee; a waitlisted
 * one owes nothing until it is promoted.
 */
@Entity
@Table(name = "calendar_registration")
class Registration extends StoredEntity {

	@Id
	private UUID id;

	private UUID campaignId;

	private @Nullable UUID siteId;

	private @Nullable UUID teamId;

	private String secretHash;

	private String reference;

	private String displayName;

	private String email;

	private String language;

	private int people;

	@Enumerated(EnumType.STRING)
	private RegistrationStatus status;

	private @Nullable Integer feeOwedCents;

	private Instant createdAt;

	private Instant changedAt;

	@Version
	private long version;

	protected Registration() {
	}

	Registration(UUID id, UUID campaignId, @Nullable UUID siteId, @Nullable UUID teamId, String secretHash,
			String reference, Entrant entrant, Instant now) {
		this.id = id;
		this.campaignId = campaignId;
		this.siteId = siteId;
		this.teamId = teamId;
		this.secretHash = secretHash;
		this.reference = reference;
		this.displayName = entrant.name();
		this.email = entrant.email();
		this.language = entrant.language();
		this.people = entrant.people();
		this.status = RegistrationStatus.WAITLISTED;
		this.createdAt = now;
		this.changedAt = now;
	}

	/** Gives the registration its place, owing the fee per person, if any. */
	void confirm(@Nullable Integer feePerPerson, Instant now) {
		this.status = RegistrationStatus.CONFIRMED;
		this.feeOwedCents = (feePerPerson == null) ? null : feePerPerson * this.people;
		this.changedAt = now;
	}

	/** An organizer moved it to another team (or none), the site staying. */
	void join(@Nullable UUID team, Instant now) {
		this.teamId = team;
		this.changedAt = now;
	}

	/**
	 * An organizer moved it to another site (null: the virtual stroll) that has room: it
	 * holds a place there, owing that site's fee per person, if any.
	 */
	void move(@Nullable UUID site, @Nullable UUID team, @Nullable Integer feePerPerson, Instant now) {
		this.siteId = site;
		this.teamId = team;
		confirm(feePerPerson, now);
	}

	void cancel(Instant now) {
		this.status = RegistrationStatus.CANCELLED;
		this.feeOwedCents = null;
		this.changedAt = now;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	UUID id() {
		return this.id;
	}

	UUID campaignId() {
		return this.campaignId;
	}

	@Nullable UUID siteId() {
		return this.siteId;
	}

	@Nullable UUID teamId() {
		return this.teamId;
	}

	String reference() {
		return this.reference;
	}

	String displayName() {
		return this.displayName;
	}

	String email() {
		return this.email;
	}

	String language() {
		return this.language;
	}

	int people() {
		return this.people;
	}

	RegistrationStatus status() {
		return this.status;
	}

	@Nullable Integer feeOwedCents() {
		return this.feeOwedCents;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Registrant registrant() {
		return new Registrant(this.id, this.campaignId, this.siteId, this.teamId, this.displayName, this.language,
				this.status, this.feeOwedCents, this.reference);
	}

}
