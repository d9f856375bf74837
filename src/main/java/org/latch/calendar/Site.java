package org.latch.calendar;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.latch.geo.GeoPoint;
import org.latch.platform.StoredEntity;

/**
 * A campaign's local site. {@code taken} counts the people holding a confirmed place; it
 * changes only while the site's row is locked ({@link SiteRepository#lockById}), so the
 * last place goes to one registration.
 */
@Entity
@Table(name = "calendar_site")
class Site extends StoredEntity {

	@Id
	private UUID id;

	private UUID campaignId;

	private String name;

	private String place;

	private String city;

	private double latitude;

	private double longitude;

	private @Nullable UUID coordinator;

	private LocalTime startsAt;

	private BigDecimal routeKm;

	private int capacity;

	private @Nullable Integer feeCents;

	private int taken;

	private Instant createdAt;

	@Version
	private long version;

	protected Site() {
	}

	Site(UUID id, UUID campaignId, SiteDetails details, Instant now) {
		this.id = id;
		this.campaignId = campaignId;
		this.createdAt = now;
		change(details);
	}

	void change(SiteDetails details) {
		this.name = details.name();
		this.place = details.place();
		this.city = details.city();
		this.latitude = details.point().latitude();
		this.longitude = details.point().longitude();
		this.coordinator = details.coordinator();
		this.startsAt = details.startsAt();
		this.routeKm = details.routeKm();
		this.capacity = details.capacity();
		this.feeCents = details.feeCents();
	}

	/** Whether {@code people} more fit among the confirmed places. */
	boolean fits(int people) {
		return this.taken + people <= this.capacity;
	}

	void take(int people) {
		this.taken += people;
	}

	void release(int people) {
		this.taken = Math.max(0, this.taken - people);
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

	String place() {
		return this.place;
	}

	String city() {
		return this.city;
	}

	GeoPoint point() {
		return new GeoPoint(this.latitude, this.longitude);
	}

	@Nullable UUID coordinator() {
		return this.coordinator;
	}

	LocalTime startsAt() {
		return this.startsAt;
	}

	BigDecimal routeKm() {
		return this.routeKm;
	}

	int capacity() {
		return this.capacity;
	}

	@Nullable Integer feeCents() {
		return this.feeCents;
	}

	int taken() {
		return this.taken;
	}

	SiteSummary summary() {
		return new SiteSummary(this.id, this.campaignId, this.name, this.city, this.coordinator, this.capacity);
	}

	SiteDetails details() {
		return new SiteDetails(this.name, this.place, this.city, point(), this.coordinator, this.startsAt, this.routeKm,
				this.capacity, this.feeCents);
	}

}
