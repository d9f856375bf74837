package org.latch.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.jspecify.annotations.Nullable;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;

import org.springframework.beans.factory.annotation.Value;
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

	/**
	 * Where a group meets in person; only such groups have it ({@link FindFields}).
	 */
	static final String MEETS_AT = "meets_at";

	/** The id of a group meeting in person, beside {@link #MEETS_AT}. */
	static final String MEETS_AT_ID = "meets_at_id";

	static final String NAME_SORT = "name_sort";

	static final String LANGUAGE = "language";

	static final String DESCRIPTION = "description";

	static final String WITHIN = "within";

	/** Day, time of day and audience of each meeting, combined ({@link MeetingSlots}). */
	static final String SLOT = "slot";

	static final String UPCOMING = "upcoming";

	/** The time zones an online group meets in ({@link OnlineRanking}). */
	static final String ONLINE_ZONE = "online_zone";

	static final int PAGE_SIZE = 20;

	private final EntityManagerFactory entityManagers;

	private final SearchResultsCache recent;

	private final GroupCards cards;

	private final NearestFilter filters;

	/** Whether the index is Lucene's, whose point tree tells how near the nearest are. */
	private final boolean lucene;

	/**
	 * Circles of up to about this many groups meeting in person are sorted whole, for an
	 * exact count; denser ones are walked to the nearest (decision 20).
	 */
	private final int densePlaces;

	/**
	 * What reading one group of {@link WordCells} costs, in places the walk visits (a
	 * posting, a doc value read at random, a distance; the walk reads a leaf's points in
	 * one go).
	 */
	private final double readCost;

	GroupSearch(EntityManagerFactory entityManagers, SearchResultsCache recent, GroupCards cards, NearestFilter filters,
			@Value("${spring.jpa.properties.hibernate.search.backend.type:lucene}") String backend,
			@Value("${latch.search.dense-places:200}") int densePlaces,
			@Value("${latch.search.word-read-cost:3}") double readCost) {
		this.densePlaces = densePlaces;
		this.readCost = readCost;
		this.entityManagers = entityManagers;
		this.lucene = "lucene".equals(backend);
		this.recent = recent;
		this.cards = cards;
		this.filters = filters;
	}

	/**
	 * Both kinds of groups. Online groups do not depend on where the visitor is, so their
	 * page is kept for every search from the same language and UTC offset.
	 */
	FindResults find(FindQuery query) {
		Page inPerson = (query.mode() == FindMode.ONLINE) ? Page.EMPTY : search(query, false);
		Page online = (query.mode() == FindMode.IN_PERSON) ? Page.EMPTY
				: this.recent.get(OnlineSearch.of(query, Instant.now()), () -> search(query, true));
		return new FindResults(inPerson.groups(), inPerson.total(), inPerson.exact(), online.groups(), online.total(),
				query.page(), PAGE_SIZE);
	}

	private Page search(FindQuery query, boolean online) {
		try (EntityManager session = this.entityManagers.createEntityManager()) {
			return search(session, query, online);
		}
	}

	private Page search(EntityManager session, FindQuery query, boolean online) {
		SearchSession search = Search.session(session);
		GeoPoint near = online ? null : query.near();
		if (near != null) {
			return nearest(search, query, near);
		}
		int offset = (query.page() - 1) * PAGE_SIZE;
		Instant now = Instant.now();
		if (online && (query.visitorZone() != null || query.visitorLanguage() != null)) {
			OnlineRanking.Ranked ranked = OnlineRanking.page(search, query, now, offset, PAGE_SIZE);
			return new Page(this.cards.of(search, ranked.ids()).stream().map(hit -> hit.found(null, now)).toList(),
					ranked.total(), true);
		}
		SearchResult<UUID> result = groups(search, query, online, null, null).sort(f -> f.field(NAME_SORT))
			.fetch(offset, PAGE_SIZE);
		List<GroupHit> hits = this.cards.of(search, result.hits());
		return new Page(hits.stream().map(hit -> hit.found(null, now)).toList(), result.total().hitCount(), true);
	}

	/**
	 * Groups meeting in person, nearest first. Where groups are dense a circle holds
	 * thousands, and sorting them all costs as much as there are (decision 19). There the
	 * point tree of the places where groups meet in person gives the page's groups
	 * directly, one more than the page's end: if that one is inside the circle, more meet
	 * further out, and the count says so instead of a number (decision 20).
	 */
	private Page nearest(SearchSession search, FindQuery query, GeoPoint near) {
		int offset = (query.page() - 1) * PAGE_SIZE;
		int end = offset + PAGE_SIZE;
		if (this.lucene) {
			Page page = fromNearestPlaces(search, query, near, offset, end);
			if (page != null) {
				return page;
			}
		}
		// By distance alone: a second key by name would copy every competing name out of
		// the index (a quarter of a search); groups at one address are put in name order
		// below, within the page.
		SearchResult<UUID> result = groups(search, query, false, near, null)
			.sort(f -> f.distance(LOCATION, near.latitude(), near.longitude()))
			.fetch(offset, PAGE_SIZE);
		return page(search, result.hits(), near, result.total().hitCount(), true);
	}

	/**
	 * The page from a walk through the point tree of places where groups meet in person,
	 * when the circle holds more than {@link #densePlaces} of them (by the tree's
	 * estimate); null when it holds fewer, which are sorted whole for an exact count. The
	 * walk skips the groups the filters do not want, and its count is exact when it finds
	 * no more than the page's end. Words few groups near the point have are read from the
	 * cells around it instead ({@link #fromWordCells}), with the same result.
	 */
	private @Nullable Page fromNearestPlaces(SearchSession search, FindQuery query, GeoPoint near, int offset,
			int end) {
		double meters = query.radiusKm() * 1000;
		List<WithinCircle.Nearby> nearest;
		try (IndexReader reader = search.scope(OrganizationUnit.class)
			.extension(LuceneExtension.get())
			.openIndexReader()) {
			IndexSearcher searcher = new IndexSearcher(reader);
			searcher.setQueryCache(null);
			// A circle covers π/4 of its bounding box. A small circle is sorted whole,
			// filters and all, for an exact count: that costs what the circle holds.
			double inCircle = WithinCircle.inBox(searcher, MEETS_AT, near.latitude(), near.longitude(), meters)
					* Math.PI / 4;
			if (inCircle <= this.densePlaces) {
				return null;
			}
			Query words = this.filters.words(query);
			List<WithinCircle.Nearby> withWords = fromWordCells(searcher, query, words, near, meters, inCircle,
					end + 1);
			nearest = (withWords != null) ? withWords : walk(searcher, query, words, near, meters, end + 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int found = nearest.size();
		List<UUID> ids = nearest.subList(Math.min(offset, found), Math.min(end, found))
			.stream()
			.map(place -> UUID.fromString(place.id()))
			.toList();
		// All end + 1 inside: more meet within the distance than the page shows.
		return page(search, ids, near, found, found <= end);
	}

	/**
	 * The {@code count} nearest groups matching the query, from a walk through the point
	 * trees of the groups meeting on the wanted days and times of day (else of all groups
	 * meeting in person), the other filters skipping the groups they do not want.
	 */
	private List<WithinCircle.Nearby> walk(IndexSearcher searcher, FindQuery query, @Nullable Query words,
			GeoPoint near, double meters, int count) throws IOException {
		List<String> slots = MeetingSlots.pointFields(query);
		List<String> places = slots.isEmpty() ? List.of(MEETS_AT) : slots;
		Query filter = this.filters.of(query, words, !slots.isEmpty());
		if (filter == null) {
			return WithinCircle.nearest(searcher, places, MEETS_AT_ID, near.latitude(), near.longitude(), meters,
					count);
		}
		try (IndexReader narrowed = this.filters.narrow(searcher, filter)) {
			return WithinCircle.nearest(new IndexSearcher(narrowed), places, MEETS_AT_ID, near.latitude(),
					near.longitude(), meters, count);
		}
	}

	/**
	 * The {@code count} nearest groups with the query's words, read one by one from the
	 * groups of the cells around the circle that have them ({@link WordCells}), when
	 * reading them costs less than the walk would: a word few groups near the point have,
	 * which the walk would seek through the whole circle (decision 38). Null otherwise.
	 */
	private @Nullable List<WithinCircle.Nearby> fromWordCells(IndexSearcher searcher, FindQuery query,
			@Nullable Query words, GeoPoint near, double meters, double inCircle, int count) throws IOException {
		List<WordCells.Cell> cells = (words == null) ? null
				: WordCells.around(near.latitude(), near.longitude(), meters);
		NearestFilter.InCells matching = (cells == null) ? null
				: this.filters.inCells(searcher.getIndexReader(), query, words, cells);
		if (matching == null) {
			return null;
		}
		// The walk visits about count ÷ (the share of groups with the words) places, the
		// whole circle at most; groups are taken as spread evenly over the cells.
		double inCells = inCircle * WordCells.squareMeters(cells) / (Math.PI * meters * meters);
		double walked = Math.min(inCircle, count * inCells / Math.max(1, matching.most()));
		if (this.readCost * matching.most() >= walked) {
			return null;
		}
		return WithinCircle.nearestAmong(searcher, matching.filter(), LOCATION, MEETS_AT_ID, near.latitude(),
				near.longitude(), meters, count);
	}

	private Page page(SearchSession search, List<UUID> ids, GeoPoint near, long total, boolean exact) {
		Instant now = Instant.now();
		List<GroupHit> hits = sameAddressByName(this.cards.of(search, ids));
		return new Page(hits.stream().map(hit -> hit.found(near, now)).toList(), total, exact);
	}

	/**
	 * Groups matching the query's filters and, given a point, within the radius of it;
	 * given a bucket, only the online groups of that step of the order.
	 */
	static SearchQueryOptionsStep<?, ?, UUID, ?, ?, ?> groups(SearchSession search, FindQuery query, boolean online,
			@Nullable GeoPoint near, OnlineRanking.@Nullable Bucket bucket) {
		return search.search(OrganizationUnit.class).select(f -> f.id(UUID.class)).where((f, root) -> {
			if (bucket != null && bucket.language() != null) {
				var speaks = f.match().field(LANGUAGE).matching(bucket.language());
				root.add(bucket.speaks() ? speaks : f.not(speaks));
			}
			if (bucket != null && bucket.zones() != null) {
				if (!bucket.zones().isEmpty()) {
					root.add(f.terms().field(ONLINE_ZONE).matchingAny(bucket.zones()));
				}
				if (!bucket.nearer().isEmpty()) {
					root.add(f.not(f.terms().field(ONLINE_ZONE).matchingAny(bucket.nearer())));
				}
			}
			if (query.within() != null) {
				root.add(f.match().field(WITHIN).matching(query.within().value().toString()));
			}
			if (query.wantsMeetingSlots()) {
				root.add(f.terms().field(SLOT).matchingAny(MeetingSlots.wanted(query)));
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
		});
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

	static int offsetMinutes(ZoneId zone, Instant now) {
		return zone.getRules().getOffset(now).getTotalSeconds() / 60;
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

	/**
	 * A page of groups and how many there are in all; when not {@code exact}, more than
	 * {@code total}.
	 */
	private record Page(List<FoundGroup> groups, long total, boolean exact) {

		static final Page EMPTY = new Page(List.of(), 0, true);

	}

}
