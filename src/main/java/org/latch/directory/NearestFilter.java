package org.latch.directory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A search's word, language, day, time, audience and organization as one Lucene query
 * over the index's own fields, and which documents of an index segment match it, kept per
 * segment (a segment never changes; deletions are applied on top). Lets the walk to the
 * nearest places skip the groups a search does not want (decision 20). Lucene backend
 * only.
 */
@Component
class NearestFilter {

	private final EntityManagerFactory entityManagers;

	/** Matching documents per filter and segment. */
	private final Cache<Key, FixedBitSet> matches;

	private volatile @Nullable Analyzer folded;

	NearestFilter(EntityManagerFactory entityManagers, @Value("${latch.search.filter-megabytes:64}") long megabytes) {
		this.entityManagers = entityManagers;
		this.matches = Caffeine.newBuilder()
			.maximumWeight(megabytes << 20)
			.weigher((Key key, FixedBitSet bits) -> (int) Math.min(Integer.MAX_VALUE, bits.ramBytesUsed()))
			.build();
	}

	/**
	 * The query's filters, or null when it has none. With {@code slotsWalked}, the walk
	 * reads only the point fields of the wanted days and times of day
	 * ({@link MeetingSlots#pointFields}), so those are left out unless an audience is
	 * wanted too.
	 */
	@Nullable Query of(FindQuery query, boolean slotsWalked) {
		BooleanQuery.Builder filters = new BooleanQuery.Builder();
		boolean any = false;
		if (query.within() != null) {
			filters.add(new TermQuery(new Term(GroupSearch.WITHIN, query.within().value().toString())), Occur.FILTER);
			any = true;
		}
		if (query.wantsMeetingSlots() && (!slotsWalked || query.audience() != null)) {
			List<BytesRef> slots = MeetingSlots.wanted(query).stream().map(BytesRef::new).toList();
			filters.add(new TermInSetQuery(GroupSearch.SLOT, slots), Occur.FILTER);
			any = true;
		}
		if (query.language() != null) {
			filters.add(new TermQuery(new Term(GroupSearch.LANGUAGE, query.language())), Occur.FILTER);
			any = true;
		}
		if (query.text() != null) {
			SimpleQueryParser words = new SimpleQueryParser(analyzer(),
					Map.of("name", 1f, "city", 1f, GroupSearch.DESCRIPTION, 1f));
			words.setDefaultOperator(Occur.MUST);
			Query parsed = words.parse(query.text());
			filters.add((parsed == null) ? new MatchNoDocsQuery() : parsed, Occur.FILTER);
			any = true;
		}
		return any ? filters.build() : null;
	}

	/**
	 * The reader's documents that match the filter, as a reader whose deleted documents
	 * include those that do not. Close it after use; the reader stays open.
	 */
	IndexReader narrow(IndexSearcher searcher, Query filter) throws IOException {
		Weight weight = null;
		List<LeafReader> narrowed = new ArrayList<>();
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
			Key key = (core == null) ? null : new Key(filter, core.getKey());
			FixedBitSet matching = (key == null) ? null : this.matches.getIfPresent(key);
			if (matching == null) {
				if (weight == null) {
					weight = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1);
				}
				matching = new FixedBitSet(leaf.reader().maxDoc());
				Scorer scorer = weight.scorer(leaf);
				if (scorer != null) {
					matching.or(scorer.iterator());
				}
				if (key != null) {
					this.matches.put(key, matching);
				}
			}
			narrowed.add(new Narrowed(leaf.reader(), matching));
		}
		return new MultiReader(narrowed.toArray(LeafReader[]::new), false);
	}

	private Analyzer analyzer() {
		Analyzer analyzer = this.folded;
		if (analyzer == null) {
			analyzer = Search.mapping(this.entityManagers)
				.backend()
				.unwrap(LuceneBackend.class)
				.analyzer(SearchAnalysis.FOLDED)
				.orElseThrow();
			this.folded = analyzer;
		}
		return analyzer;
	}

	private record Key(Query filter, Object segment) {
	}

	/** A segment whose live documents are those live and matching. */
	private static final class Narrowed extends FilterLeafReader {

		private final Bits live;

		Narrowed(LeafReader segment, FixedBitSet matching) {
			super(segment);
			Bits deleted = segment.getLiveDocs();
			this.live = (deleted == null) ? matching : new Bits() {

				@Override
				public boolean get(int index) {
					return matching.get(index) && deleted.get(index);
				}

				@Override
				public int length() {
					return matching.length();
				}

			};
		}

		@Override
		public Bits getLiveDocs() {
			return this.live;
		}

		@Override
		public @Nullable CacheHelper getCoreCacheHelper() {
			return null;
		}

		@Override
		public @Nullable CacheHelper getReaderCacheHelper() {
			return null;
		}

	}

}
