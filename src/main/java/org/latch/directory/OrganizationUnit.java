package org.latch.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;

import org.latch.geo.GeoPoint;
import org.latch.platform.StoredEntity;

/**
 * One level of the network. Its {@code path} lists the ids from the root, so subtrees are
 * prefixes. Indexed for the "find support" search (field names in {@link GroupSearch}).
 */
@Entity
@Table(name = "organization_unit")
@EntityListeners(DirectoryChanges.class)
@Indexed
@GeoPointBinding(fieldName = GroupSearch.LOCATION, sortable = Sortable.YES, projectable = Projectable.YES)
@TypeBinding(binder = @TypeBinderRef(type = FindFields.class))
class OrganizationUnit extends StoredEntity {

	@Id
	private UUID id;

	private @Nullable UUID parentId;

	private String path;

	@Enumerated(EnumType.STRING)
	@GenericField
	private UnitKind kind;

	@KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
	private String slug;

	@FullTextField(analyzer = SearchAnalysis.FOLDED, projectable = Projectable.YES)
	@KeywordField(name = GroupSearch.NAME_SORT, normalizer = SearchAnalysis.FOLDED, sortable = Sortable.YES)
	private String name;

	@KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
	private @Nullable String country;

	private @Nullable String region;

	@FullTextField(analyzer = SearchAnalysis.FOLDED, projectable = Projectable.YES)
	private @Nullable String city;

	@Latitude
	private @Nullable Double latitude;

	@Longitude
	private @Nullable Double longitude;

	@GenericField(projectable = Projectable.YES)
	private boolean online;

	private String languages;

	@Column(name = "terminology")
	private @Nullable String terminology;

	private @Nullable String streetAddress;

	private @Nullable String postalCode;

	private @Nullable String email;

	private @Nullable String phone;

	private @Nullable String website;

	/** Language tag to description; searched as free text in every language. */
	@ElementCollection
	@CollectionTable(name = "organization_unit_description", joinColumns = @JoinColumn(name = "unit_id"))
	@MapKeyColumn(name = "language")
	@Column(name = "description")
	@FullTextField(analyzer = SearchAnalysis.FOLDED, name = GroupSearch.DESCRIPTION)
	private Map<String, String> descriptions = new HashMap<>();

	@OneToMany(mappedBy = "group")
	@OrderBy("createdAt, id")
	@BatchSize(size = 50)
	private List<Meeting> meetings = new ArrayList<>();

	private Instant createdAt;

	private Instant updatedAt;

	/**
	 * The unit above, read-only (written through {@code parentId}): lets the HSDS index
	 * of meetings follow a rename of their group's organization.
	 */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parentId", insertable = false, updatable = false)
	private @Nullable OrganizationUnit parent;

	/** The units right below, the inverse of {@code parent} for the HSDS index. */
	@OneToMany(mappedBy = "parent")
	private List<OrganizationUnit> children = new ArrayList<>();

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

	void describe(UnitProfile profile) {
		this.streetAddress = profile.streetAddress();
		this.postalCode = profile.postalCode();
		this.email = profile.email();
		this.phone = profile.phone();
		this.website = profile.website();
		this.descriptions.clear();
		this.descriptions.putAll(profile.descriptions());
		this.updatedAt = Instant.now();
	}

	UnitProfile profile() {
		return new UnitProfile(this.streetAddress, this.postalCode, this.email, this.phone, this.website,
				this.descriptions);
	}

	UUID id() {
		return this.id;
	}

	/** The ids of the units above it and its own, for the "organization" filter. */
	@KeywordField(name = GroupSearch.WITHIN)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "path")))
	List<String> getWithin() {
		return Arrays.stream(this.path.split("/")).filter(part -> !part.isEmpty()).toList();
	}

	void add(Meeting meeting) {
		this.meetings.add(meeting);
	}

	List<Meeting> meetings() {
		return this.meetings;
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

	/** The language tags one by one, for the search index. */
	@KeywordField(name = GroupSearch.LANGUAGE, projectable = Projectable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "languages")))
	List<String> getLanguageTags() {
		return this.languages.isEmpty() ? List.of() : Arrays.asList(this.languages.split(","));
	}

	/**
	 * The time zones an online group meets in, so online results can be ranked by how
	 * near their zone is to the visitor's inside the index ({@link OnlineRanking}).
	 */
	@KeywordField(name = GroupSearch.ONLINE_ZONE, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = {
			@ObjectPath({ @PropertyValue(propertyName = "meetings"), @PropertyValue(propertyName = "timeZone") }),
			@ObjectPath(@PropertyValue(propertyName = "kind")), @ObjectPath(@PropertyValue(propertyName = "online")) })
	List<String> getOnlineZones() {
		if (this.kind != UnitKind.GROUP || !this.online) {
			return List.of();
		}
		return this.meetings.stream().map(Meeting::timeZoneId).distinct().toList();
	}

	/**
	 * Its next meetings, for search results ({@link UpcomingMeetings}): the index entry
	 * is rebuilt when a meeting's schedule changes.
	 */
	@KeywordField(name = GroupSearch.UPCOMING, projectable = Projectable.YES, searchable = Searchable.NO)
	@IndexingDependency(derivedFrom = {
			@ObjectPath({ @PropertyValue(propertyName = "meetings"), @PropertyValue(propertyName = "rrule") }),
			@ObjectPath({ @PropertyValue(propertyName = "meetings"), @PropertyValue(propertyName = "firstDate") }),
			@ObjectPath({ @PropertyValue(propertyName = "meetings"), @PropertyValue(propertyName = "startTime") }),
			@ObjectPath({ @PropertyValue(propertyName = "meetings"),
					@PropertyValue(propertyName = "durationMinutes") }),
			@ObjectPath({ @PropertyValue(propertyName = "meetings"), @PropertyValue(propertyName = "timeZone") }),
			@ObjectPath({ @PropertyValue(propertyName = "meetings"), @PropertyValue(propertyName = "extraDates") }),
			@ObjectPath({ @PropertyValue(propertyName = "meetings"),
					@PropertyValue(propertyName = "cancelledDates") }) })
	List<String> getUpcoming() {
		java.time.ZonedDateTime now = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC);
		return this.meetings.stream()
			.flatMap(meeting -> meeting.next(now, UpcomingMeetings.KEPT).stream())
			.sorted(Occurrence.CHRONOLOGICAL)
			.limit(UpcomingMeetings.KEPT)
			.map(UpcomingMeetings::encode)
			.toList();
	}

	UnitView view() {
		List<String> langs = getLanguageTags();
		int depth = (int) this.path.chars().filter(c -> c == '/').count() - 2;
		return new UnitView(new UnitId(this.id), this.parentId == null ? null : new UnitId(this.parentId), this.kind,
				this.slug, this.name, this.country, this.city, this.online, langs, depth);
	}

	/**
	 * What the HSDS API shows of a unit beyond its view: region, coordinates, profile.
	 */
	HsdsUnit hsds() {
		return new HsdsUnit(view(), this.path, this.region, this.latitude, this.longitude, profile(), this.updatedAt);
	}

	Optional<GeoPoint> location() {
		return (this.latitude == null || this.longitude == null) ? java.util.Optional.empty()
				: Optional.of(new GeoPoint(this.latitude, this.longitude));
	}

	/** The texts searched as words: name, town and descriptions. */
	List<String> searchedTexts() {
		List<String> texts = new ArrayList<>(2 + this.descriptions.size());
		texts.add(this.name);
		if (this.city != null) {
			texts.add(this.city);
		}
		texts.addAll(this.descriptions.values());
		return texts;
	}

	/** Where a group meeting in person meets, or null. */
	@Nullable GeoPoint meetsAt() {
		return meetsInPerson() ? location().orElseThrow() : null;
	}

	private boolean meetsInPerson() {
		return this.kind == UnitKind.GROUP && !this.online && this.latitude != null && this.longitude != null;
	}

	UnitKind kind() {
		return this.kind;
	}

	String slug() {
		return this.slug;
	}

	@Nullable UUID parentId() {
		return this.parentId;
	}

	/** The unit above, loaded lazily; none for the root. */
	@Nullable OrganizationUnit parent() {
		return this.parent;
	}

	/** Name, place, languages and profile as an editor last saved them. */
	GroupInput input() {
		return new GroupInput(this.name, this.country, this.region, this.city, this.latitude, this.longitude,
				this.online, getLanguageTags(), profile());
	}

	/** Replaces name, place, languages and profile; the slug and the tree stay. */
	void edit(GroupInput input) {
		this.name = input.name();
		this.country = input.country();
		this.region = input.region();
		this.city = input.city();
		this.latitude = input.latitude();
		this.longitude = input.longitude();
		this.online = input.online();
		this.languages = String.join(",", input.languages());
		describe(input.profile());
	}

}
