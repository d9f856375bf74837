package org.latch.directory;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

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

	private final Cache<Key, Object> results;

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

	/**
	 * What {@code search} finds for {@code query} (a record naming everything the answer
	 * depends on), as found within the freshness time.
	 */
	@SuppressWarnings("unchecked")
	<T> T get(Record query, Supplier<T> search) {
		if (!this.enabled) {
			return search.get();
		}
		// Not Cache.get(key, function): a search may itself ask this cache (the online
		// groups' page), and Caffeine forbids one computation inside another.
		Key key = new Key(this.generation.get(), query);
		Object found = this.results.getIfPresent(key);
		if (found == null) {
			found = search.get();
			this.results.put(key, found);
		}
		return (T) found;
	}

	void clear() {
		this.generation.incrementAndGet();
		this.results.invalidateAll();
	}

	private record Key(long generation, Record query) {
	}

}
