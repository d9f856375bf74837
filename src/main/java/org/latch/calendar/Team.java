package org.latch.calendar;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.latch.platform.StoredEntity;

/** A team of a campaign; its name is unique in the campaign whatever its case. */
@Entity
@Table(name = "calendar_team")
class Team extends StoredEntity {

	@Id
	private UUID id;

	private UUID campaignId;

	private String name;

	private String nameKey;

	private Instant createdAt;

	protected Team() {
	}

	Team(UUID id, UUID campaignId, String name, Instant now) {
		this.id = id;
		this.campaignId = campaignId;
		this.name = name;
		this.nameKey = key(name);
		this.createdAt = now;
	}

	/** Gives the team a new name, unique in the campaign as at creation. */
	void rename(String name) {
		this.name = name;
		this.nameKey = key(name);
	}

	static String key(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
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

	String name() {
		return this.name;
	}

	TeamSummary summary() {
		return new TeamSummary(this.id, this.campaignId, this.name);
	}

}
