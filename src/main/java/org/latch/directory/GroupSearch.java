package org.latch.directory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.text.Collator;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.jspecify.annotations.Nullable;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.engine.search.query.SearchResult;

import org.springframework.stereotype.Component;

import org.latch.geo.GeoPoint;

/**
 * Finds local groups in the Hibernate Search index. The index answers with the ids of a
 * page's groups; what each result shows comes from {@link GroupCards}, read from the
 * index once, so a search opens no database connection.
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

	private final GroupCards cards;

	GroupSearch(EntityManagerFactory entityManagers, SearchResultsCache recent, GroupCards cards) {
		this.entityManagers = entityManagers;
		this.recent = recent;
		this.cards = cards;
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
		SearchSession search = Search.session(session);
		SearchResult<UUID> result = search.search(OrganizationUnit.class)
			.select(f -> f.id(UUID.class))
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
					// Lucene's own circle works out a grid of cell relations first, which
					// costs a third of a search (decision 18).
					root.add(f.extension()
						.ifSupported(LuceneExtension.get(),
								lucene -> lucene.fromLuceneQuery(WithinCircle.of(LOCATION, near.latitude(),
										near.longitude(), query.radiusKm() * 1000)))
						.orElse(other -> other.spatial()
							.within()
							.field(LOCATION)
							.circle(near.latitude(), near.longitude(), query.radiusKm(), DistanceUnit.KILOMETERS)));
				}
			})
			// By distance alone: a second key by name would copy every competing name out
			// of the index (a quarter of a search); groups at one address are put in name
			// order below, within the page.
			.sort(f -> (near != null) ? f.distance(LOCATION, near.latitude(), near.longitude()) : f.field(NAME_SORT))
			.fetch(offset, byZone ? MAX_ONLINE : PAGE_SIZE);
		List<GroupHit> hits = this.cards.of(search, result.hits());
		if (near != null) {
			hits = sameAddressByName(hits);
		}
		Instant now = Instant.now();
		if (byZone) {
			hits = byLanguageAndZone(hits, query, now).skip((long) (query.page() - 1) * PAGE_SIZE)
				.limit(PAGE_SIZE)
				.toList();
		}
		return new Page(hits.stream().map(hit -> hit.found(near, now)).toList(), result.total().hitCount());
	}

	/** Groups meeting at the same point, next to each other by distance, by name. */
	private static List<GroupHit> sameAddressByName(List<GroupHit> hits) {
		List<GroupHit> ordered = new ArrayList<>(hits);
		Comparator<GroupHit> byName = null;
		for (int start = 0; start < ordered.size();) {
			int end = start + 1;
			while (end < ordered.size() && Objects.equals(ordered.get(end).location(), ordered.get(start).location())) {
				end++;
			}
			if (end - start > 1) {
				if (byName == null) {
					Collator collator = Collator.getInstance(Locale.ROOT);
					collator.setStrength(Collator.PRIMARY);
					byName = Comparator.comparing(GroupHit::name, collator);
				}
				ordered.subList(start, end).sort(byName);
			}
			start = end;
		}
		return ordered;
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
