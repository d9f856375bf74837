package org.latch.directory;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.latch.geo.GeoPoint;
import org.latch.platform.StoredEntity;

/**
 * A milk bank or milk depot. A depot's address stays private (see {@link #publicView}).
 */
@Entity
@Table(name = "milk_place")
class MilkPlace extends StoredEntity {

	/** Depots are shown at a point rounded to this many degrees (about 5 km). */
	static final double DEPOT_ROUNDING = 0.05;

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private MilkPlaceKind kind;

	private @Nullable UUID unitId;

	private @Nullable UUID bankId;

	private String name;

	private @Nullable String streetAddress;

	private String city;

	private @Nullable String region;

	private @Nullable String postalCode;

	private String country;

	private double latitude;

	private double longitude;

	private @Nullable String phone;

	private @Nullable String website;

	private String languages;

	private Instant createdAt;

	protected MilkPlace() {
		this.id = UUID.randomUUID();
		this.kind = MilkPlaceKind.MILK_BANK;
		this.name = "";
		this.city = "";
		this.country = "";
		this.languages = "";
		this.createdAt = Instant.now();
	}

	MilkPlace(NewMilkPlace place) {
		this();
		this.unitId = place.unit() == null ? null : place.unit().value();
		update(place);
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Nullable UUID bankId() {
		return this.bankId;
	}

	String name() {
		return this.name;
	}

	/**
	 * Where the public may see it: the exact point for a bank, a rounded one for a depot.
	 */
	GeoPoint publicPoint() {
		if (this.kind == MilkPlaceKind.MILK_BANK) {
			return new GeoPoint(this.latitude, this.longitude);
		}
		return new GeoPoint(round(this.latitude), round(this.longitude));
	}

	MilkPlaceView publicView(@Nullable String bankName, @Nullable GeoPoint from) {
		boolean bank = this.kind == MilkPlaceKind.MILK_BANK;
		GeoPoint point = publicPoint();
		return new MilkPlaceView(new MilkPlaceId(this.id), this.kind, this.name, bank ? this.streetAddress : null,
				this.city, this.region, bank ? this.postalCode : null, this.country, point, this.phone, this.website,
				this.languages.isEmpty() ? List.of() : Arrays.asList(this.languages.split(",")),
				this.bankId == null ? null : new MilkPlaceId(this.bankId), bankName,
				from == null ? null : from.distanceKm(point));
	}

	private static double round(double degrees) {
		return Math.round(degrees / DEPOT_ROUNDING) * DEPOT_ROUNDING;
	}

	/** The full address; only for donors the place's bank approved (decision 12). */
	DepotAddress address() {
		return new DepotAddress(new MilkPlaceId(this.id), this.name, this.streetAddress, this.city, this.region,
				this.postalCode, this.country, this.phone);
	}

	MilkPlaceKind kind() {
		return this.kind;
	}

	@Nullable UUID unitId() {
		return this.unitId;
	}

	/** Everything it was given, as it was given, for its edit form. */
	NewMilkPlace input() {
		return new NewMilkPlace(this.kind, this.unitId == null ? null : new UnitId(this.unitId),
				this.bankId == null ? null : new MilkPlaceId(this.bankId), this.name, this.streetAddress, this.city,
				this.region, this.postalCode, this.country, this.latitude, this.longitude, this.phone, this.website,
				this.languages.isEmpty() ? List.of() : Arrays.asList(this.languages.split(",")));
	}

	/** Replaces every field but its owner. */
	void update(NewMilkPlace place) {
		this.kind = place.kind();
		this.bankId = place.bank() == null ? null : place.bank().value();
		this.name = place.name();
		this.streetAddress = place.streetAddress();
		this.city = place.city();
		this.region = place.region();
		this.postalCode = place.postalCode();
		this.country = place.country();
		this.latitude = place.latitude();
		this.longitude = place.longitude();
		this.phone = place.phone();
		this.website = place.website();
		this.languages = String.join(",", place.languages());
	}

}
