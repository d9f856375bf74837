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
 * A lactation consultant or doctor listed in the directory with their agreement (noted at
 * {@code consentedAt}), owned by the unit whose administrators keep the listing.
 */
@Entity
@Table(name = "health_professional")
class HealthProfessional extends StoredEntity {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private ProfessionalKind kind;

	private @Nullable UUID unitId;

	private String name;

	private @Nullable String credentials;

	private @Nullable String iblceNumber;

	private @Nullable String practice;

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

	private boolean telehealth;

	private Instant consentedAt;

	private Instant createdAt;

	private Instant updatedAt;

	protected HealthProfessional() {
		this.id = UUID.randomUUID();
		this.kind = ProfessionalKind.IBCLC;
		this.name = "";
		this.city = "";
		this.country = "";
		this.languages = "";
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
		this.consentedAt = this.createdAt;
	}

	HealthProfessional(NewProfessional professional, Instant consentedAt) {
		this();
		this.unitId = professional.unit() == null ? null : professional.unit().value();
		this.consentedAt = consentedAt;
		this.createdAt = consentedAt;
		update(professional, consentedAt);
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Nullable UUID unitId() {
		return this.unitId;
	}

	String name() {
		return this.name;
	}

	ProfessionalKind kind() {
		return this.kind;
	}

	String city() {
		return this.city;
	}

	@Nullable String region() {
		return this.region;
	}

	ProfessionalView publicView() {
		return new ProfessionalView(new ProfessionalId(this.id), this.kind, this.name, this.credentials,
				this.iblceNumber, this.practice, this.streetAddress, this.city, this.region, this.postalCode,
				this.country, new GeoPoint(this.latitude, this.longitude), this.phone, this.website, languageList(),
				this.telehealth, null);
	}

	/** Everything it was given, as it was given, for its edit form. */
	NewProfessional input() {
		return new NewProfessional(this.kind, this.unitId == null ? null : new UnitId(this.unitId), this.name,
				this.credentials, this.iblceNumber, this.practice, this.streetAddress, this.city, this.region,
				this.postalCode, this.country, this.latitude, this.longitude, this.phone, this.website, languageList(),
				this.telehealth);
	}

	/** Replaces every field but its owner. */
	void update(NewProfessional professional, Instant at) {
		this.kind = professional.kind();
		this.name = professional.name();
		this.credentials = professional.credentials();
		this.iblceNumber = professional.kind() == ProfessionalKind.IBCLC ? professional.iblceNumber() : null;
		this.practice = professional.practice();
		this.streetAddress = professional.streetAddress();
		this.city = professional.city();
		this.region = professional.region();
		this.postalCode = professional.postalCode();
		this.country = professional.country();
		this.latitude = professional.latitude();
		this.longitude = professional.longitude();
		this.phone = professional.phone();
		this.website = professional.website();
		this.languages = String.join(",", professional.languages());
		this.telehealth = professional.telehealth();
		this.updatedAt = at;
	}

	private List<String> languageList() {
		return this.languages.isEmpty() ? List.of() : Arrays.asList(this.languages.split(","));
	}

}
