package org.latch.directory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a search result shows of each group ({@link GroupHit}), kept in memory once read
 * from the index. A search then asks the index only for the ids of the page's groups,
 * which Lucene keeps uncompressed beside each document, instead of decompressing every
 * stored field of every hit (decision 18).
 * <p>
 * A group's card is dropped once a change to it or its meetings is committed on this node
 * ({@link DirectoryChanges}) and when the index is rebuilt. With several nodes sharing an
 * Elasticsearch index a node does not hear of the others' changes, so there cards are
 * also read again after the search freshness time ({@code latch.search.cache-seconds}).
 */
@Component
class GroupCards {

	private final Cache<UUID, GroupHit> cards;

	/**
	 * Bumped by every drop, so that a card read from the index before a change cannot be
	 * kept after it.
	 */
	private final AtomicLong generation = new AtomicLong();

	GroupCards(@Value("${latch.search.cards:100000}") long maximum,
			@Value("${spring.jpa.properties.hibernate.search.backend.type:lucene}") String backend,
			@Value("${latch.search.cache-seconds:30}") long freshnessSeconds) {
		Caffeine<Object, Object> builder = Caffeine.newBuilder().maximumSize(maximum);
		if (!"lucene".equals(backend)) {
			builder.expireAfterWrite(Duration.ofSeconds(Math.max(freshnessSeconds, 1)));
		}
		this.cards = builder.build();
	}

	/**
	 * The cards of the groups {@code ids}, in that order; those not yet in memory are
	 * read from the index in one query. A group deleted since the search found it is left
	 * out.
	 */
	List<GroupHit> of(SearchSession search, List<UUID> ids) {
		Map<UUID, GroupHit> found = this.cards.getAllPresent(ids);
		if (found.size() < ids.size()) {
			found = new HashMap<>(found);
			List<UUID> missing = new ArrayList<>(ids.size() - found.size());
			for (UUID id : ids) {
				if (!found.containsKey(id)) {
					missing.add(id);
				}
			}
			long seen = this.generation.get();
			List<GroupHit> read = search.search(OrganizationUnit.class)
				.select(GroupHit::projection)
				.where(f -> f.id().matchingAny(missing))
				.fetchHits(missing.size());
			for (GroupHit hit : read) {
				found.put(hit.id(), hit);
				this.cards.put(hit.id(), hit);
			}
			if (this.generation.get() != seen) {
				this.cards.invalidateAll(missing);
			}
		}
		List<GroupHit> hits = new ArrayList<>(ids.size());
		for (UUID id : ids) {
			GroupHit hit = found.get(id);
			if (hit != null) {
				hits.add(hit);
			}
		}
		return hits;
	}

	/** Forgets the cards of these groups (their index documents changed). */
	void drop(Collection<UUID> ids) {
		this.generation.incrementAndGet();
		this.cards.invalidateAll(ids);
	}

	/** Forgets every card (the index was rebuilt). */
	void clear() {
		this.generation.incrementAndGet();
		this.cards.invalidateAll();
	}

}
