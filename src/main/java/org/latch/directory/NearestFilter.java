package org.latch.directory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
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
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A search's word, language, day, time, audience and organization as one Lucene query
 * over the index's own fields, and which documents of an index segment match it, kept per
 * segment (a segment never changes; deletions are applied on top). Lets the walk to the
 * nearest places skip the groups a search does not want (decision 20). Also the same
 * filters with the words sought in the cells around a point only ({@link WordCells},
 * decision 38). Words are split by the index's folded analysis
 * ({@link SearchAnalysis#FOLDED_ANALYZER}). Lucene backend only.
 */
@Component
class NearestFilter {

	/** The fields searched for words, each of weight 1. */
	private static final Map<String, Float> SEARCHED = Map.of("name", 1f, "city", 1f, GroupSearch.DESCRIPTION, 1f);

	/** Matching documents per filter and segment. */
	private final Cache<Key, FixedBitSet> matches;

	NearestFilter(@Value("${latch.search.filter-megabytes:64}") long megabytes) {
		this.matches = Caffeine.newBuilder()
			.maximumWeight(megabytes << 20)
			.weigher((Key key, FixedBitSet bits) -> (int) Math.min(Integer.MAX_VALUE, bits.ramBytesUsed()))
			.build();
	}

	/**
	 * The query's words as the index's full-text fields find them ({@link #words}): null
	 * when it has none, a query matching nothing when its text holds no word. Parsed once
	 * per search, for {@link #of} and {@link #inCells}.
	 */
	@Nullable Query words(FindQuery query) {
		if (query.text() == null) {
			return null;
		}
		Query parsed = words(query.text());
		return (parsed == null) ? new MatchNoDocsQuery() : parsed;
	}

	/**
	 * The query's filters, its {@code words} among them, or null when it has none. With
	 * {@code slotsWalked}, the walk reads only the point fields of the wanted days and
	 * times of day ({@link MeetingSlots#pointFields}), so those are left out unless an
	 * audience is wanted too.
	 */
	@Nullable Query of(FindQuery query, @Nullable Query words, boolean slotsWalked) {
		BooleanQuery.Builder filters = new BooleanQuery.Builder();
		boolean any = addOthers(filters, query, slotsWalked);
		if (words != null) {
			filters.add(words, Occur.FILTER);
			any = true;
		}
		return any ? filters.build() : null;
	}

	/** Adds the filters other than the words; false if there are none. */
	private static boolean addOthers(BooleanQuery.Builder filters, FindQuery query, boolean slotsWalked) {
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
		return any;
	}

	/**
	 * The query's filters with its {@code words} ({@link #words}) sought only in the
	 * cells given ({@link WordCells}), all day, time and audience terms kept: the groups
	 * of those cells that the search wants, and at most how many there are in the reader.
	 * Null when the query has no words, or words the cells cannot answer exactly: a
	 * phrase, a prefix, a word left out, or one the analysis splits in two ("tire-lait",
	 * which must be found within one field).
	 */
	@Nullable InCells inCells(IndexReader reader, FindQuery query, @Nullable Query words, List<WordCells.Cell> cells)
			throws IOException {
		InCells near = (words == null) ? null : inCells(reader, words, cells);
		if (near == null) {
			return null;
		}
		BooleanQuery.Builder filters = new BooleanQuery.Builder().add(near.filter(), Occur.FILTER);
		addOthers(filters, query, false);
		return new InCells(filters.build(), near.most());
	}

	/**
	 * The words as terms of the cells, or null. A word is found in any of the searched
	 * fields, as its cell terms are: only a disjunction of one word over exactly those
	 * fields is rewritten, and conjunctions and disjunctions of such.
	 */
	private static @Nullable InCells inCells(IndexReader reader, Query words, List<WordCells.Cell> cells)
			throws IOException {
		if (!(words instanceof BooleanQuery bool) || bool.getMinimumNumberShouldMatch() > 1) {
			return null;
		}
		String word = oneWord(bool);
		if (word != null) {
			List<BytesRef> terms = new ArrayList<>(cells.size());
			long most = 0;
			for (WordCells.Cell cell : cells) {
				BytesRef term = new BytesRef(WordCells.term(word, cell));
				terms.add(term);
				most += reader.docFreq(new Term(WordCells.FIELD, term));
			}
			return new InCells(new TermInSetQuery(WordCells.FIELD, terms), most);
		}
		BooleanQuery.Builder near = new BooleanQuery.Builder();
		long required = Long.MAX_VALUE;
		long optional = 0;
		for (BooleanClause clause : bool.clauses()) {
			InCells part = (clause.getOccur() == Occur.MUST_NOT) ? null : inCells(reader, clause.getQuery(), cells);
			if (part == null) {
				return null;
			}
			boolean should = clause.getOccur() == Occur.SHOULD;
			near.add(part.filter(), should ? Occur.SHOULD : Occur.FILTER);
			required = should ? required : Math.min(required, part.most());
			optional += should ? part.most() : 0;
		}
		return new InCells(near.build(), (required == Long.MAX_VALUE) ? optional : required);
	}

	/** The word a disjunction seeks in each searched field, or null. */
	private static @Nullable String oneWord(BooleanQuery bool) {
		String word = null;
		Set<String> fields = new HashSet<>();
		for (BooleanClause clause : bool.clauses()) {
			if (clause.getOccur() != Occur.SHOULD || !(clause.getQuery() instanceof TermQuery term)
					|| (word != null && !word.equals(term.getTerm().text()))) {
				return null;
			}
			word = term.getTerm().text();
			fields.add(term.getTerm().field());
		}
		return fields.equals(SEARCHED.keySet()) ? word : null;
	}

	/** The words as the index's full-text fields find them, or null for none. */
	private @Nullable Query words(String text) {
		SimpleQueryParser words = new SimpleQueryParser(SearchAnalysis.FOLDED_ANALYZER, SEARCHED);
		words.setDefaultOperator(Occur.MUST);
		return words.parse(text);
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

	private record Key(Query filter, Object segment) {
	}

	/**
	 * The groups of some cells that a search wants, and at most how many there are (the
	 * groups having its rarest required word there).
	 */
	record InCells(Query filter, long most) {
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
