package org.latch.directory;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Recent search results, so that a search asked again (a popular ZIP code, the next
 * family from the same town) is answered without the index. Emptied once a change to a
 * group or a meeting is committed on this node ({@link DirectoryChanges}); other nodes
 * sharing an Elasticsearch index see it within the freshness time
 * ({@code latch.search.cache-seconds}, 0 turns the cache off). Next meetings shown may
 * lag the clock by as long.
 */
@Component
class SearchResultsCache {

	private static final long MAX_SEARCHES = 10_000;

	private final Cache<Key, FindResults> results;

	private final boolean enabled;

	/**
	 * Bumped by every committed change, so a search that began before it cannot store
	 * what it found for later visitors.
	 */
	private final AtomicLong generation = new AtomicLong();

	SearchResultsCache(@Value("${latch.search.cache-seconds:30}") long seconds) {
		this.enabled = seconds > 0;
		this.results = Caffeine.newBuilder()
			.expireAfterWrite(Duration.ofSeconds(Math.max(seconds, 1)))
			.maximumSize(MAX_SEARCHES)
			.build();
	}

	FindResults get(FindQuery query, Function<FindQuery, FindResults> search) {
		if (!this.enabled) {
			return search.apply(query);
		}
		return this.results.get(new Key(this.generation.get(), query), key -> search.apply(key.query()));
	}

	void clear() {
		this.generation.incrementAndGet();
		this.results.invalidateAll();
	}

	private record Key(long generation, FindQuery query) {
	}

}
