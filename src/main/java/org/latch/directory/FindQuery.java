package org.latch.directory;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.latch.geo.GeoPoint;

/**
 * A search for local groups: optional words (in the name, town or description), an
 * optional point with a radius, an optional language tag, which kind of group, and a page
 * (from 1); optionally only groups with a meeting on one of {@code days}, at a
 * {@code timeOfDay}, welcoming an {@code audience}, or below the unit {@code within}.
 * Online groups speaking the {@code visitorLanguage} come first, then, with a
 * {@code visitorZone}, those meeting in the nearest time zones. Out of range numbers are
 * clamped, so any query is a valid one.
 */
public record FindQuery(@Nullable String text, @Nullable GeoPoint near, int radiusKm, @Nullable String language,
		FindMode mode, int page, Set<DayOfWeek> days, @Nullable TimeOfDay timeOfDay, @Nullable Audience audience,
		@Nullable UnitId within, @Nullable ZoneId visitorZone, @Nullable String visitorLanguage) {

	public static final int DEFAULT_RADIUS_KM = 25;

	public static final int MIN_RADIUS_KM = 5;

	public static final int MAX_RADIUS_KM = 500;

	/** Deeper pages are never useful and would make the index collect many hits. */
	public static final int MAX_PAGE = 500;

	public FindQuery {
		text = (text == null || text.isBlank()) ? null : text.strip();
		language = (language == null || language.isBlank()) ? null : language.strip();
		radiusKm = Math.clamp(radiusKm, MIN_RADIUS_KM, MAX_RADIUS_KM);
		page = Math.clamp(page, 1, MAX_PAGE);
		days = Set.copyOf(days);
	}

	/** A search by words, place, language and kind only. */
	public FindQuery(@Nullable String text, @Nullable GeoPoint near, int radiusKm, @Nullable String language,
			FindMode mode, int page) {
		this(text, near, radiusKm, language, mode, page, Set.of(), null, null, null, null, null);
	}

	/**
	 * Whether the search asks for meetings on a day, at a time of day or for an audience.
	 */
	public boolean wantsMeetingSlots() {
		return !this.days.isEmpty() || this.timeOfDay != null || this.audience != null;
	}

}
