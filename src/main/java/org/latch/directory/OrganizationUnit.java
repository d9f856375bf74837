package org.latch.directory;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.latch.platform.StoredEntity;
import org.jspecify.annotations.Nullable;

/**
 * One level of the network. Its {@code path} lists the ids from the root, so subtrees are
 * prefixes.
 */
@Entity
@Table(name = "organization_unit")
class OrganizationUnit extends StoredEntity {

	@Id
	private UUID id;

	private @Nullable UUID parentId;

	private String path;

	@Enumerated(EnumType.STRING)
	private UnitKind kind;

	private String slug;

	private String name;

	private @Nullable String country;

	private @Nullable String region;

	private @Nullable String city;

	private @Nullable Double latitude;

	private @Nullable Double longitude;

	private boolean online;

	private String languages;

	@Column(name = "terminology")
	private @Nullable String terminology;

	private Instant createdAt;

	private Instant updatedAt;

	@Override
	public UUID getId() {
		return this.id;
	}

	protected OrganizationUnit() {
		this.id = UUID.randomUUID();
		this.path = "/";
		this.kind = UnitKind.GROUP;
		this.slug = "";
		this.name = "";
		this.languages = "";
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	OrganizationUnit(NewUnit unit, @Nullable OrganizationUnit parent) {
		this();
		this.parentId = parent == null ? null : parent.id;
		this.path = (parent == null ? "/" : parent.path) + this.id + "/";
		this.kind = unit.kind();
		this.slug = unit.slug();
		this.name = unit.name();
		this.country = unit.country();
		this.region = unit.region();
		this.city = unit.city();
		this.latitude = unit.latitude();
		this.longitude = unit.longitude();
		this.online = unit.online();
		this.languages = String.join(",", unit.languages());
	}

	UUID id() {
		return this.id;
	}

	@PreUpdate
	void touched() {
		this.updatedAt = Instant.now();
	}

	String path() {
		return this.path;
	}

	String name() {
		return this.name;
	}

	boolean isWithin(OrganizationUnit ancestor) {
		return this.path.startsWith(ancestor.path);
	}

	UnitView view() {
		List<String> langs = this.languages.isEmpty() ? List.of() : Arrays.asList(this.languages.split(","));
		int depth = (int) this.path.chars().filter(c -> c == '/').count() - 2;
		return new UnitView(new UnitId(this.id), this.parentId == null ? null : new UnitId(this.parentId), this.kind,
				this.slug, this.name, this.country, this.city, this.online, langs, depth);
	}

}
