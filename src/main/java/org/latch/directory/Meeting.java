package org.latch.directory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

import org.latch.platform.StoredEntity;

/**
 * A group's recurring meeting: an RFC 5545 rule in the group's time zone, minus cancelled
 * dates, plus one-off extra dates. Occurrences keep their wall-clock time across
 * daylight-saving changes and are given in the group's zone.
 */
@Entity
@Table(name = "meeting")
@EntityListeners(DirectoryChanges.class)
@Indexed
class Meeting extends StoredEntity {

	/** Collections of several meetings load in one query each, not one per meeting. */
	private static final int BATCH = 50;

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "group_id")
	private @Nullable OrganizationUnit group;

	@Column(name = "group_id", insertable = false, updatable = false)
	private UUID groupId;

	private @Nullable String title;

	private String rrule;

	private LocalDate firstDate;

	private LocalTime startTime;

	private int durationMinutes;

	private String timeZone;

	@Enumerated(EnumType.STRING)
	private MeetingFormat format;

	@ElementCollection
	@CollectionTable(name = "meeting_language", joinColumns = @JoinColumn(name = "meeting_id"))
	@OrderColumn(name = "position")
	@Column(name = "language")
	@BatchSize(size = BATCH)
	private List<String> languages = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "meeting_audience", joinColumns = @JoinColumn(name = "meeting_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "audience")
	@BatchSize(size = BATCH)
	private Set<Audience> audiences = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "meeting_accessibility", joinColumns = @JoinColumn(name = "meeting_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "accessibility")
	@BatchSize(size = BATCH)
	private Set<Accessibility> accessibility = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "meeting_cancellation", joinColumns = @JoinColumn(name = "meeting_id"))
	@Column(name = "cancelled_date")
	@BatchSize(size = BATCH)
	private Set<LocalDate> cancelledDates = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "meeting_extra_date", joinColumns = @JoinColumn(name = "meeting_id"))
	@BatchSize(size = BATCH)
	private Set<ExtraDate> extraDates = new HashSet<>();

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@Transient
	private @Nullable Recurrence recurrence;

	protected Meeting() {
		this.id = UUID.randomUUID();
		this.groupId = new UUID(0, 0);
		this.rrule = "";
		this.firstDate = LocalDate.EPOCH;
		this.startTime = LocalTime.MIDNIGHT;
		this.timeZone = "UTC";
		this.format = MeetingFormat.IN_PERSON;
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	/**
	 * @throws InvalidMeeting when a value is out of bounds, the rule does not parse or
	 * never produces a meeting
	 */
	Meeting(NewMeeting meeting, OrganizationUnit group) {
		this();
		this.group = group;
		this.groupId = group.id();
		this.title = MeetingInput.title(meeting.title());
		this.recurrence = Recurrence.parse(meeting.rrule());
		this.rrule = this.recurrence.rule();
		this.firstDate = Objects.requireNonNull(meeting.firstDate(), "firstDate");
		this.startTime = Objects.requireNonNull(meeting.startTime(), "startTime");
		this.timeZone = MeetingInput.zone(meeting.timeZone());
		this.durationMinutes = MeetingInput.minutes(meeting.duration());
		this.format = Objects.requireNonNull(meeting.format(), "format");
		this.languages.addAll(MeetingInput.languages(meeting.languages()));
		this.audiences.addAll(meeting.audiences());
		this.accessibility.addAll(meeting.accessibility());
		if (recurrence().starts(seed(), zone()).findFirst().isEmpty()) {
			throw new InvalidMeeting("rrule", "validation.meeting.never", this.rrule + " from " + this.firstDate);
		}
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	UUID groupId() {
		return this.groupId;
	}

	/** The days of the week it meets in its next 60 meetings. */
	List<String> days() {
		return next(ZonedDateTime.now(zone()), 60).stream()
			.map(o -> o.start().getDayOfWeek().name())
			.distinct()
			.toList();
	}

	TimeOfDay timeOfDay() {
		return TimeOfDay.of(this.startTime);
	}

	List<String> audienceNames() {
		return this.audiences.stream().map(Audience::name).toList();
	}

	/**
	 * The HSDS service name, lower-cased with accents kept, to sort the HSDS lists as
	 * {@link String#CASE_INSENSITIVE_ORDER} does.
	 */
	@KeywordField(name = HsdsIndex.NAME, normalizer = SearchAnalysis.LOWERCASE, sortable = Sortable.YES,
			searchable = Searchable.NO)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "title")),
			@ObjectPath({ @PropertyValue(propertyName = "group"), @PropertyValue(propertyName = "name") }) })
	String getHsdsName() {
		return HsdsEntry.name((this.group == null) ? "" : this.group.name(), this.title);
	}

	/** The id's high half: with the low half, sorts as {@link UUID#compareTo} does. */
	@GenericField(name = HsdsIndex.ID_HIGH, sortable = Sortable.YES, searchable = Searchable.NO)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "id")))
	long getHsdsIdHigh() {
		return this.id.getMostSignificantBits();
	}

	@GenericField(name = HsdsIndex.ID_LOW, sortable = Sortable.YES, searchable = Searchable.NO)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "id")))
	long getHsdsIdLow() {
		return this.id.getLeastSignificantBits();
	}

	/** The HSDS service at location id, to find one without deriving them all. */
	@KeywordField(name = HsdsIndex.SERVICE_AT_LOCATION)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "id")))
	String getHsdsServiceAtLocationId() {
		return HsdsEntry.id("service_at_location", this.id).toString();
	}

	/**
	 * What the HSDS {@code search} parameter looks in: the service name, the group's city
	 * and descriptions in every language, the name of the organization above the group.
	 */
	@FullTextField(name = HsdsIndex.TEXT, analyzer = SearchAnalysis.FOLDED)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "title")),
			@ObjectPath({ @PropertyValue(propertyName = "group"), @PropertyValue(propertyName = "name") }),
			@ObjectPath({ @PropertyValue(propertyName = "group"), @PropertyValue(propertyName = "city") }),
			@ObjectPath({ @PropertyValue(propertyName = "group"), @PropertyValue(propertyName = "descriptions") }),
			@ObjectPath({ @PropertyValue(propertyName = "group"), @PropertyValue(propertyName = "parent"),
					@PropertyValue(propertyName = "name") }),
			@ObjectPath({ @PropertyValue(propertyName = "group"), @PropertyValue(propertyName = "parent"),
					@PropertyValue(propertyName = "kind") }) })
	List<String> getHsdsText() {
		if (this.group == null) {
			return List.of();
		}
		List<String> text = new ArrayList<>();
		text.add(getHsdsName());
		UnitView group = this.group.view();
		if (group.city() != null) {
			text.add(group.city());
		}
		OrganizationUnit parent = this.group.parent();
		if (parent != null && parent.kind() != UnitKind.GROUP) {
			text.add(parent.name());
		}
		text.addAll(new TreeMap<>(this.group.profile().descriptions()).values());
		return text;
	}

	/** Whether the HSDS API lists it as a service at its group's location. */
	@GenericField(name = HsdsIndex.AT_LOCATION)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "format")),
			@ObjectPath({ @PropertyValue(propertyName = "group"), @PropertyValue(propertyName = "online") }) })
	boolean getHsdsAtLocation() {
		return this.group != null && !this.group.view().online() && this.format != MeetingFormat.ONLINE;
	}

	/** Where it meets in person: the group's place, for HSDS postcode searches. */
	@GenericField(name = HsdsIndex.PLACE, sortable = Sortable.YES)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "format")),
			@ObjectPath({ @PropertyValue(propertyName = "group"), @PropertyValue(propertyName = "online") }),
			@ObjectPath({ @PropertyValue(propertyName = "group"), @PropertyValue(propertyName = "latitude") }),
			@ObjectPath({ @PropertyValue(propertyName = "group"), @PropertyValue(propertyName = "longitude") }) })
	org.hibernate.search.engine.spatial.@Nullable GeoPoint getHsdsPlace() {
		org.latch.geo.GeoPoint place = getHsdsAtLocation() ? this.group.hsds().point() : null;
		return (place == null) ? null
				: org.hibernate.search.engine.spatial.GeoPoint.of(place.latitude(), place.longitude());
	}

	/** The HSDS taxonomy terms classifying it, for {@code taxonomy_term_id}. */
	@KeywordField(name = HsdsIndex.TERM)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "format")),
			@ObjectPath(@PropertyValue(propertyName = "audiences")),
			@ObjectPath(@PropertyValue(propertyName = "accessibility")) })
	List<String> getHsdsTerms() {
		return HsdsTaxonomy.termsOf(view()).stream().map(term -> term.id().toString()).distinct().toList();
	}

	/** The HSDS taxonomies of those terms, for {@code taxonomy_id}. */
	@KeywordField(name = HsdsIndex.TAXONOMY)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "format")),
			@ObjectPath(@PropertyValue(propertyName = "audiences")),
			@ObjectPath(@PropertyValue(propertyName = "accessibility")) })
	List<String> getHsdsTaxonomies() {
		return HsdsTaxonomy.termsOf(view()).stream().map(term -> term.taxonomyId().toString()).distinct().toList();
	}

	/** Its group's id and those of every unit above, for {@code organization_id}. */
	@KeywordField(name = HsdsIndex.WITHIN)
	@IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "group"),
			@PropertyValue(propertyName = "path") }))
	List<String> getHsdsWithin() {
		return (this.group == null) ? List.of() : this.group.getWithin();
	}

	/**
	 * When it or its group last changed, in microseconds as the database keeps it, for
	 * {@code modified_after}.
	 */
	@GenericField(name = HsdsIndex.MODIFIED)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "updatedAt")),
			@ObjectPath({ @PropertyValue(propertyName = "group"), @PropertyValue(propertyName = "updatedAt") }) })
	long getHsdsModified() {
		Instant group = (this.group == null) ? this.updatedAt : this.group.hsds().updatedAt();
		return HsdsIndex.micros(this.updatedAt.isAfter(group) ? this.updatedAt : group);
	}

	/**
	 * The zone's offset from UTC now, to list online groups in the visitor's zone first.
	 */
	int utcOffsetMinutes() {
		return zone().getRules().getOffset(Instant.now()).getTotalSeconds() / 60;
	}

	/**
	 * The next occurrences not yet over at {@code from} (one under way is included), at
	 * most {@code limit}.
	 */
	List<Occurrence> next(ZonedDateTime from, int limit) {
		if (limit < 1) {
			return List.of();
		}
		Stream<Occurrence> fromRule = ruleOccurrences(earliestStart(from), null).filter(o -> o.end().isAfter(from))
			.limit(limit);
		return merge(fromRule, extraOccurrences().filter(o -> o.end().isAfter(from))).limit(limit).toList();
	}

	/** Occurrences overlapping {@code [from, to)}. */
	List<Occurrence> between(ZonedDateTime from, ZonedDateTime to) {
		if (!to.isAfter(from)) {
			return List.of();
		}
		LocalDateTime latestStart = to.withZoneSameInstant(zone()).toLocalDateTime().plusDays(1);
		return merge(ruleOccurrences(earliestStart(from), latestStart), extraOccurrences())
			.filter(o -> o.end().isAfter(from) && o.start().isBefore(to))
			.toList();
	}

	/**
	 * Cancels the meeting held on {@code date}: the rule's occurrence and any extra date
	 * of that day. To move a meeting, cancel its date and add the new one.
	 * @throws InvalidMeeting when no meeting takes place that day
	 */
	void cancel(LocalDate date) {
		boolean extra = this.extraDates.removeIf(e -> e.date().equals(date));
		if (ruleMeetsOn(date)) {
			this.cancelledDates.add(date);
		}
		else if (!extra) {
			throw new InvalidMeeting("date", "validation.meeting.cancel", "no meeting on " + date);
		}
		touched();
	}

	/** Adds a one-off meeting; it takes place even on a cancelled date. */
	void addExtraDate(LocalDate date, LocalTime time) {
		this.extraDates.add(new ExtraDate(date, time));
		touched();
	}

	MeetingView view() {
		return new MeetingView(new MeetingId(this.id), new UnitId(this.groupId), this.title, this.rrule, this.firstDate,
				this.startTime, duration(), zone(), this.format, List.copyOf(this.languages),
				enums(Audience.class, this.audiences), enums(Accessibility.class, this.accessibility),
				this.cancelledDates.stream().sorted().toList(),
				this.extraDates.stream().map(ExtraDate::start).sorted().toList());
	}

	private Stream<Occurrence> ruleOccurrences(LocalDateTime notBefore, @Nullable LocalDateTime notAfter) {
		Stream<LocalDateTime> starts = (notAfter == null) ? recurrence().startsFrom(seed(), notBefore, zone())
				: recurrence().starts(seed(), notBefore, notAfter, zone());
		return starts.filter(start -> !this.cancelledDates.contains(start.toLocalDate()))
			.map(start -> occurrence(start, false));
	}

	private Stream<Occurrence> extraOccurrences() {
		return this.extraDates.stream().map(extra -> occurrence(extra.start(), true));
	}

	/** Sorted, and an extra date at the very time of a rule occurrence counts once. */
	private static Stream<Occurrence> merge(Stream<Occurrence> fromRule, Stream<Occurrence> extras) {
		TreeMap<Instant, Occurrence> byStart = new TreeMap<>();
		Stream.concat(fromRule, extras).forEach(o -> byStart.putIfAbsent(o.start().toInstant(), o));
		return byStart.values().stream();
	}

	/** A time-zone shift is at most a day, so this start is early enough in any case. */
	private LocalDateTime earliestStart(ZonedDateTime from) {
		return from.withZoneSameInstant(zone()).toLocalDateTime().minus(duration()).minusDays(1);
	}

	private boolean ruleMeetsOn(LocalDate date) {
		return recurrence().starts(seed(), date.atStartOfDay(), date.atTime(LocalTime.MAX), zone())
			.findAny()
			.isPresent();
	}

	/**
	 * A wall-clock start that falls in a daylight-saving gap moves forward by the gap.
	 */
	private Occurrence occurrence(LocalDateTime start, boolean extra) {
		ZonedDateTime zoned = start.atZone(zone());
		return new Occurrence(new MeetingId(this.id), zoned, zoned.plus(duration()), extra);
	}

	private LocalDateTime seed() {
		return this.firstDate.atTime(this.startTime);
	}

	private Duration duration() {
		return Duration.ofMinutes(this.durationMinutes);
	}

	private ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

	String timeZoneId() {
		return this.timeZone;
	}

	private Recurrence recurrence() {
		if (this.recurrence == null) {
			this.recurrence = Recurrence.parse(this.rrule);
		}
		return this.recurrence;
	}

	private static <E extends Enum<E>> Set<E> enums(Class<E> type, Collection<E> values) {
		EnumSet<E> set = EnumSet.noneOf(type);
		set.addAll(values);
		return Collections.unmodifiableSet(set);
	}

	/**
	 * When the meeting last changed. Changes to its collections alone (cancellations,
	 * extra dates) do not always reach {@code @PreUpdate}, so the methods making them
	 * touch it too.
	 */
	Instant updatedAt() {
		return this.updatedAt;
	}

	@PreUpdate
	void touched() {
		this.updatedAt = Instant.now();
	}

	/**
	 * Replaces the schedule and attributes, keeping the group, cancellations and extra
	 * dates.
	 * @throws InvalidMeeting as when scheduling
	 */
	void revise(NewMeeting meeting) {
		Meeting checked = new Meeting(meeting, new OrganizationUnit());
		this.title = checked.title;
		this.recurrence = checked.recurrence;
		this.rrule = checked.rrule;
		this.firstDate = checked.firstDate;
		this.startTime = checked.startTime;
		this.timeZone = checked.timeZone;
		this.durationMinutes = checked.durationMinutes;
		this.format = checked.format;
		this.languages.clear();
		this.languages.addAll(checked.languages);
		this.audiences.clear();
		this.audiences.addAll(checked.audiences);
		this.accessibility.clear();
		this.accessibility.addAll(checked.accessibility);
		this.updatedAt = Instant.now();
	}

	/** Replaces the cancelled and extra dates, e.g. from an imported file. */
	void redate(Collection<LocalDate> cancelled, Collection<ExtraDate> extras) {
		this.cancelledDates.clear();
		this.cancelledDates.addAll(cancelled);
		this.extraDates.clear();
		this.extraDates.addAll(extras);
		this.updatedAt = Instant.now();
	}

}
