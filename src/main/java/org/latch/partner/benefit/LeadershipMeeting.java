package org.latch.partner.benefit;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.latch.platform.StoredEntity;

/**
 * A leadership meeting of the partner program: when it starts, the time zone the staff
 * set it in (invitations show the time there and in UTC), and the link to join online.
 */
@Entity
@Table(name = "partner_leadership_meeting")
class LeadershipMeeting extends StoredEntity {

	@Id
	private UUID id;

	private String title;

	private Instant startsAt;

	private String timeZone;

	private String link;

	private UUID createdBy;

	private Instant createdAt;

	protected LeadershipMeeting() {
		this.id = UUID.randomUUID();
		this.title = "";
		this.startsAt = Instant.EPOCH;
		this.timeZone = "UTC";
		this.link = "";
		this.createdBy = this.id;
		this.createdAt = Instant.EPOCH;
	}

	LeadershipMeeting(String title, Instant startsAt, ZoneId zone, String link, UUID createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.title = title;
		this.startsAt = startsAt;
		this.timeZone = zone.getId();
		this.link = link;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	UUID id() {
		return this.id;
	}

	String title() {
		return this.title;
	}

	Instant startsAt() {
		return this.startsAt;
	}

	ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

	String link() {
		return this.link;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
