package org.latch.helprequest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.latch.platform.StoredEntity;

/**
 * A Leader who takes help requests, and on what terms: whether they accept any now, how
 * far they reach, whether they answer online requests, how many a month, on which days,
 * and until when they are away. Their languages, place and area are copied from their
 * account and group when they save.
 */
@Entity
@Table(name = "help_helper")
class Helper extends StoredEntity {

	/**
	 * Time zones by id: routing asks for thousands of Leaders' zones, of a few hundred
	 * ids.
	 */
	private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

	@Id
	private UUID personId;

	private String email;

	private String displayName;

	private String mailLanguage;

	private String languages;

	private @Nullable Double latitude;

	private @Nullable Double longitude;

	private @Nullable UUID areaId;

	private boolean accepting;

	private boolean takesOnline;

	private int reachKm;

	private int monthlyCap;

	private String weekdays;

	private @Nullable LocalDate awayUntil;

	private String timeZone;

	private Instant updatedAt;

	/** Requests the Leader is answering; written only by {@link HelperLoads}. */
	@Column(insertable = false, updatable = false)
	private int openCount;

	/** Requests the Leader took since {@link #monthStart}; see {@link HelperLoads}. */
	@Column(insertable = false, updatable = false)
	private int monthCount;

	@Column(insertable = false, updatable = false)
	private Instant monthStart;

	protected Helper() {
		this.personId = UUID.randomUUID();
		this.email = "";
		this.displayName = "";
		this.mailLanguage = "en";
		this.languages = ",";
		this.weekdays = "";
		this.timeZone = "UTC";
		this.updatedAt = Instant.EPOCH;
		this.monthStart = Instant.EPOCH;
	}

	Helper(UUID personId) {
		this();
		this.personId = personId;
		this.accepting = true;
		this.takesOnline = true;
		this.reachKm = 40;
		this.monthlyCap = 10;
		this.weekdays = "1,2,3,4,5,6,7";
	}

	/**
	 * A copy of a stored Leader, read by routing without being managed (see
	 * {@link HelperRepository#online}); never saved.
	 */
	Helper(UUID personId, String email, String displayName, String mailLanguage, String languages,
			@Nullable Double latitude, @Nullable Double longitude, @Nullable UUID areaId, boolean accepting,
			boolean takesOnline, int reachKm, int monthlyCap, String weekdays, @Nullable LocalDate awayUntil,
			String timeZone, int openCount, int monthCount, Instant monthStart) {
		this(personId);
		this.email = email;
		this.displayName = displayName;
		this.mailLanguage = mailLanguage;
		this.languages = languages;
		this.latitude = latitude;
		this.longitude = longitude;
		this.areaId = areaId;
		this.accepting = accepting;
		this.takesOnline = takesOnline;
		this.reachKm = reachKm;
		this.monthlyCap = monthlyCap;
		this.weekdays = weekdays;
		this.awayUntil = awayUntil;
		this.timeZone = timeZone;
		this.openCount = openCount;
		this.monthCount = monthCount;
		this.monthStart = monthStart;
	}

	/** Copies who the Leader is and where they help from. */
	void identify(String email, String displayName, String mailLanguage, List<String> languages,
			@Nullable Double latitude, @Nullable Double longitude, @Nullable UUID areaId) {
		this.email = email;
		this.displayName = displayName;
		this.mailLanguage = mailLanguage;
		this.languages = "," + String.join(",", languages) + ",";
		this.latitude = latitude;
		this.longitude = longitude;
		this.areaId = areaId;
	}

	/** Sets the Leader's terms. */
	void terms(HelperTerms terms, Instant now) {
		this.accepting = terms.accepting();
		this.takesOnline = terms.takesOnline();
		this.reachKm = terms.reachKm();
		this.monthlyCap = terms.monthlyCap();
		this.weekdays = terms.weekdays()
			.stream()
			.map(d -> String.valueOf(d.getValue()))
			.sorted()
			.collect(Collectors.joining(","));
		this.awayUntil = terms.awayUntil();
		this.timeZone = terms.timeZone().getId();
		this.updatedAt = now;
	}

	HelperTerms terms() {
		return new HelperTerms(this.accepting, this.takesOnline, this.reachKm, this.monthlyCap, weekdays(),
				this.awayUntil, zone());
	}

	/** How many requests the Leader is answering, as last counted. */
	int openCount() {
		return this.openCount;
	}

	/**
	 * How many requests the Leader took in the month starting at {@code monthStart}, as
	 * last counted: none when the count is of another month.
	 */
	int takenIn(Instant monthStart) {
		return monthStart.equals(this.monthStart) ? this.monthCount : 0;
	}

	boolean takesOnline() {
		return this.takesOnline;
	}

	int reachKm() {
		return this.reachKm;
	}

	int monthlyCap() {
		return this.monthlyCap;
	}

	@Override
	public UUID getId() {
		return this.personId;
	}

	UUID personId() {
		return this.personId;
	}

	String email() {
		return this.email;
	}

	String displayName() {
		return this.displayName;
	}

	String mailLanguage() {
		return this.mailLanguage;
	}

	boolean speaks(String language) {
		return this.languages.contains("," + language + ",");
	}

	@Nullable Double latitude() {
		return this.latitude;
	}

	@Nullable Double longitude() {
		return this.longitude;
	}

	@Nullable UUID areaId() {
		return this.areaId;
	}

	Set<DayOfWeek> weekdays() {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		Arrays.stream(this.weekdays.split(","))
			.filter(day -> !day.isEmpty())
			.forEach(day -> days.add(DayOfWeek.of(Integer.parseInt(day))));
		return days;
	}

	ZoneId zone() {
		return ZONES.computeIfAbsent(this.timeZone, ZoneId::of);
	}

	/**
	 * Takes requests at this instant: accepting, not away, and today is one of their
	 * days.
	 */
	boolean availableAt(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, zone());
		// weekdays holds single digits ("1,3,5"): no need to parse them on every routing
		return this.accepting && (this.awayUntil == null || this.awayUntil.isBefore(today))
				&& this.weekdays.indexOf((char) ('0' + today.getDayOfWeek().getValue())) >= 0;
	}

}
