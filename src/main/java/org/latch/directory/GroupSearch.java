package org.latch.directory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.jspecify.annotations.Nullable;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.engine.search.query.SearchResult;

import org.springframework.stereotype.Component;

import org.latch.geo.GeoPoint;

/**
 * Finds local groups in the Hibernate Search index. Results are projections of what the
 * index stores ({@link GroupHit}), so a search opens no database connection.
 */
@Component
class GroupSearch {

	static final String LOCATION = "location";

	static final String NAME_SORT = "name_sort";

	static final String LANGUAGE = "language";

	static final String DESCRIPTION = "description";

	static final String WITHIN = "within";

	/** Day, time of day and audience of each meeting, combined ({@link MeetingSlots}). */
	static final String SLOT = "slot";

	static final String UPCOMING = "upcoming";

	/**
	 * Online groups are few; ordering them by time zone happens in memory, up to this
	 * many.
	 */
	static final int MAX_ONLINE = 500;

	static final int PAGE_SIZE = 20;

	private final EntityManagerFactory entityManagers;

	private final SearchResultsCache recent;

	GroupSearch(EntityManagerFactory entityManagers, SearchResultsCache recent) {
		this.entityManagers = entityManagers;
		this.recent = recent;
	}

	/**
	 * Both kinds of groups. Online groups do not depend on where the visitor is, so their
	 * page is kept for every search from the same language and UTC offset.
	 */
	FindResults find(FindQuery query) {
		Page inPerson = (query.mode() == FindMode.ONLINE) ? Page.EMPTY : search(query, false);
		Page online = (query.mode() == FindMode.IN_PERSON) ? Page.EMPTY
				: this.recent.get(OnlineSearch.of(query, Instant.now()), () -> search(query, true));
		return new FindResults(inPerson.groups(), inPerson.total(), online.groups(), online.total(), query.page(),
				PAGE_SIZE);
	}

	private Page search(FindQuery query, boolean online) {
		try (EntityManager session = this.entityManagers.createEntityManager()) {
			return search(session, query, online);
		}
	}

	private Page search(EntityManager session, FindQuery query, boolean online) {
		GeoPoint near = online ? null : query.near();
		boolean byZone = online && (query.visitorZone() != null || query.visitorLanguage() != null);
		int offset = byZone ? 0 : (query.page() - 1) * PAGE_SIZE;
		SearchResult<GroupHit> result = Search.session(session)
			.search(OrganizationUnit.class)
			.select(GroupHit::projection)
			.where((f, root) -> {
				if (query.within() != null) {
					root.add(f.match().field(WITHIN).matching(query.within().value().toString()));
				}
				if (!query.days().isEmpty() || query.timeOfDay() != null || query.audience() != null) {
					root.add(f.terms()
						.field(SLOT)
						.matchingAny(MeetingSlots.wanted(query.days().stream().map(DayOfWeek::name).toList(),
								(query.timeOfDay() == null) ? null : query.timeOfDay().name(),
								(query.audience() == null) ? null : query.audience().name())));
				}
				root.add(f.match().field("kind").matching(UnitKind.GROUP));
				root.add(f.match().field("online").matching(online));
				if (query.text() != null) {
					root.add(f.simpleQueryString()
						.fields("name", "city", DESCRIPTION)
						.matching(query.text())
						.defaultOperator(BooleanOperator.AND));
				}
				if (query.language() != null) {
					root.add(f.match().field(LANGUAGE).matching(query.language()));
				}
				if (near != null) {
					root.add(f.spatial()
						.within()
						.field(LOCATION)
						.circle(near.latitude(), near.longitude(), query.radiusKm(), DistanceUnit.KILOMETERS));
				}
			})
			.sort(f -> (near != null) ? f.distance(LOCATION, near.latitude(), near.longitude()).then().field(NAME_SORT)
					: f.field(NAME_SORT))
			.fetch(offset, byZone ? MAX_ONLINE : PAGE_SIZE);
		List<GroupHit> hits = result.hits();
		Instant now = Instant.now();
		if (byZone) {
			hits = byLanguageAndZone(hits, query, now).skip((long) (query.page() - 1) * PAGE_SIZE)
				.limit(PAGE_SIZE)
				.toList();
		}
		return new Page(hits.stream().map(hit -> hit.found(near, now)).toList(), result.total().hitCount());
	}

	/**
	 * Online groups speaking the visitor's language first, then those meeting in the
	 * nearest time zone; each group's distance is worked out once, each zone's offset
	 * once.
	 */
	private static java.util.stream.Stream<GroupHit> byLanguageAndZone(List<GroupHit> hits, FindQuery query,
			Instant now) {
		Integer visitor = (query.visitorZone() == null) ? null : offsetMinutes(query.visitorZone(), now);
		java.util.Map<String, Integer> offsets = new java.util.HashMap<>();
		return hits.stream()
			.map(hit -> new Ranked(hit, !hit.languages().contains(query.visitorLanguage()),
					(visitor == null) ? 0 : UpcomingMeetings.zoneIds(hit.upcoming())
						.stream()
						.mapToInt(zone -> Math
							.abs(offsets.computeIfAbsent(zone, id -> offsetMinutes(ZoneId.of(id), now)) - visitor))
						.min()
						.orElse(Integer.MAX_VALUE)))
			.sorted(Comparator.comparing(Ranked::otherLanguage).thenComparingInt(Ranked::minutesAway))
			.map(Ranked::hit);
	}

	private static int offsetMinutes(ZoneId zone, Instant now) {
		return zone.getRules().getOffset(now).getTotalSeconds() / 60;
	}

	private record Ranked(GroupHit hit, boolean otherLanguage, int minutesAway) {
	}

	/**
	 * What the online groups' page depends on: not the place, and of the visitor's zone
	 * only its offset from UTC now.
	 */
	private record OnlineSearch(@Nullable String text, @Nullable String language, Set<DayOfWeek> days,
			@Nullable TimeOfDay timeOfDay, @Nullable Audience audience, @Nullable UnitId within,
			@Nullable String visitorLanguage, @Nullable Integer visitorOffsetMinutes, int page) {

		static OnlineSearch of(FindQuery query, Instant now) {
			return new OnlineSearch(query.text(), query.language(), query.days(), query.timeOfDay(), query.audience(),
					query.within(), query.visitorLanguage(),
					(query.visitorZone() == null) ? null : offsetMinutes(query.visitorZone(), now), query.page());
		}

	}

	private record Page(List<FoundGroup> groups, long total) {

		static final Page EMPTY = new Page(List.of(), 0);

	}

}
