package org.latch.directory;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;

/**
 * The page of online groups for a visitor: those speaking the visitor's language first,
 * then by how far their meetings' time zone is from the visitor's now, then by name. The
 * index answers each step (a bucket of one language choice and one distance), so a page
 * costs what its buckets hold, however many online groups there are; a bucket none of
 * whose zones any matching group uses is never asked.
 */
final class OnlineRanking {

	private static final AggregationKey<Map<String, Long>> ZONES = AggregationKey.of("zones");

	/** More than the world's time zones. */
	private static final int MAX_ZONES = 1_000;

	private OnlineRanking() {
	}

	/**
	 * A step of the order: groups that do ({@code speaks}) or do not speak
	 * {@code language} (any language when null), and meet in one of {@code zones} but in
	 * none of the nearer {@code nearer}; with {@code zones} null, in any zone or none;
	 * with {@code zones} empty, in none of {@code nearer} (groups without a meeting).
	 */
	record Bucket(@Nullable String language, boolean speaks, @Nullable List<String> zones, List<String> nearer) {
	}

	/** The ids of the page's groups, in order, and how many match in all. */
	record Ranked(List<UUID> ids, long total) {
	}

	static Ranked page(SearchSession search, FindQuery query, Instant now, int offset, int size) {
		String language = query.visitorLanguage();
		List<Bucket> buckets = new ArrayList<>();
		long total = 0;
		for (boolean speaks : (language == null) ? new boolean[] { true } : new boolean[] { true, false }) {
			Bucket side = new Bucket(language, speaks, null, List.of());
			if (query.visitorZone() == null) {
				total += GroupSearch.groups(search, query, true, null, side).fetchTotalHitCount();
				buckets.add(side);
				continue;
			}
			SearchResult<UUID> counted = GroupSearch.groups(search, query, true, null, side)
				.aggregation(ZONES, f -> f.terms().field(GroupSearch.ONLINE_ZONE, String.class).maxTermCount(MAX_ZONES))
				.fetch(0);
			long groups = counted.total().hitCount();
			total += groups;
			if (groups > 0) {
				buckets.addAll(
						byDistance(language, speaks, counted.aggregation(ZONES).keySet(), query.visitorZone(), now));
			}
		}
		List<UUID> ids = new ArrayList<>(size);
		int skip = offset;
		for (Bucket bucket : buckets) {
			if (ids.size() == size) {
				break;
			}
			SearchResult<UUID> found = GroupSearch.groups(search, query, true, null, bucket)
				.sort(f -> f.field(GroupSearch.NAME_SORT))
				.fetch(skip, size - ids.size());
			long inBucket = found.total().hitCount();
			ids.addAll(found.hits());
			skip = (int) Math.max(0, skip - inBucket);
		}
		return new Ranked(ids, total);
	}

	/**
	 * One bucket per distance from the visitor's offset now, nearest first, then one for
	 * groups without a meeting (no zone).
	 */
	private static List<Bucket> byDistance(@Nullable String language, boolean speaks, Iterable<String> zones,
			ZoneId visitor, Instant now) {
		int visitorOffset = GroupSearch.offsetMinutes(visitor, now);
		TreeMap<Integer, List<String>> byMinutes = new TreeMap<>();
		for (String zone : zones) {
			int minutes = Math.abs(GroupSearch.offsetMinutes(ZoneId.of(zone), now) - visitorOffset);
			byMinutes.computeIfAbsent(minutes, key -> new ArrayList<>()).add(zone);
		}
		List<Bucket> buckets = new ArrayList<>(byMinutes.size() + 1);
		List<String> nearer = new ArrayList<>();
		for (List<String> atDistance : byMinutes.values()) {
			buckets.add(new Bucket(language, speaks, atDistance, List.copyOf(nearer)));
			nearer.addAll(atDistance);
		}
		buckets.add(new Bucket(language, speaks, List.of(), List.copyOf(nearer)));
		return buckets;
	}

}
