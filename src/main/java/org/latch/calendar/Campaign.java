package org.latch.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.latch.directory.UnitId;
import org.latch.platform.StoredEntity;

/**
 * A campaign day: organized by one unit, co-hosted by other organizations, with a story
 * (the original in one language, translations into others), an optional ounces goal,
 * sponsors chosen from the WHO Code register and, when published, a public page.
 */
@Entity
@Table(name = "calendar_campaign")
class Campaign extends StoredEntity {

	@Id
	private UUID id;

	private UUID organizer;

	private String name;

	private String story;

	private String storyLanguage;

	/** The story in other languages than the original's, by language tag. */
	@ElementCollection
	@CollectionTable(name = "calendar_campaign_story", joinColumns = @JoinColumn(name = "campaign_id"))
	@MapKeyColumn(name = "language")
	@Column(name = "story")
	private Map<String, String> translations = new HashMap<>();

	private LocalDate heldOn;

	private String zone;

	private boolean virtualOption;

	private @Nullable Integer ouncesGoal;

	private String currency;

	private boolean published;

	@ElementCollection
	@CollectionTable(name = "calendar_campaign_cohost", joinColumns = @JoinColumn(name = "campaign_id"))
	@OrderColumn(name = "sort_order")
	@Column(name = "unit_id")
	private List<UUID> coHosts = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "calendar_campaign_sponsor", joinColumns = @JoinColumn(name = "campaign_id"))
	@Column(name = "sponsor_id")
	private Set<UUID> sponsors = new LinkedHashSet<>();

	private Instant createdAt;

	@Version
	private long version;

	protected Campaign() {
	}

	Campaign(UUID id, UnitId organizer, CampaignDetails details, Instant now) {
		this.id = id;
		this.organizer = organizer.value();
		this.currency = "USD";
		this.createdAt = now;
		change(details);
	}

	/** Replaces what the organizer may edit (the organizer itself stays). */
	void change(CampaignDetails details) {
		this.name = details.name();
		this.story = details.story();
		this.storyLanguage = details.storyLanguage();
		this.translations.clear();
		this.translations.putAll(details.translations());
		this.heldOn = details.day();
		this.zone = details.zone().getId();
		this.virtualOption = details.virtualOption();
		this.ouncesGoal = details.ouncesGoal();
		this.published = details.published();
		this.coHosts.clear();
		details.coHosts()
			.stream()
			.map(UnitId::value)
			.filter(unit -> !unit.equals(this.organizer))
			.distinct()
			.forEach(this.coHosts::add);
		this.sponsors.clear();
		this.sponsors.addAll(details.sponsors());
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	UUID id() {
		return this.id;
	}

	UnitId organizer() {
		return new UnitId(this.organizer);
	}

	String name() {
		return this.name;
	}

	String story() {
		return this.story;
	}

	String storyLanguage() {
		return this.storyLanguage;
	}

	/**
	 * The language the reader gets the story in: theirs when it was written or translated
	 * into it, else the original's.
	 */
	String storyLanguageFor(String reader) {
		return (reader.equals(this.storyLanguage) || this.translations.containsKey(reader)) ? reader
				: this.storyLanguage;
	}

	/** The story in {@link #storyLanguageFor} the reader. */
	String storyFor(String reader) {
		return reader.equals(this.storyLanguage) ? this.story : this.translations.getOrDefault(reader, this.story);
	}

	LocalDate day() {
		return this.heldOn;
	}

	ZoneId zone() {
		return ZoneId.of(this.zone);
	}

	boolean virtualOption() {
		return this.virtualOption;
	}

	@Nullable Integer ouncesGoal() {
		return this.ouncesGoal;
	}

	String currency() {
		return this.currency;
	}

	boolean published() {
		return this.published;
	}

	/**
	 * The currency of its fees and gifts; whoever changes it checked no money was taken.
	 */
	void currency(String currency) {
		this.currency = currency;
	}

	List<UnitId> coHosts() {
		return this.coHosts.stream().map(UnitId::new).toList();
	}

	Set<UUID> sponsors() {
		return Set.copyOf(this.sponsors);
	}

	CampaignSummary summary() {
		return new CampaignSummary(this.id, this.name, this.heldOn, zone(), this.virtualOption, organizer(), coHosts(),
				this.currency);
	}

	CampaignDetails details() {
		return new CampaignDetails(this.name, this.story, this.heldOn, zone(), coHosts(), this.ouncesGoal,
				this.virtualOption, List.copyOf(this.sponsors), this.published, this.storyLanguage,
				Map.copyOf(this.translations));
	}

}
