package org.latch.directory;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Text analysis of the search index: words compared without regard to case or accents, so
 * "sao paulo" finds "São Paulo". The same analysis for the embedded Lucene index and for
 * an Elasticsearch/OpenSearch cluster ({@code LATCH_SEARCH_BACKEND}), so switching is
 * configuration only. Public only because Hibernate Search creates it by reflection
 * (configured in {@code application.properties}).
 */
public final class SearchAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

	/** Analyzer (for full text) and normalizer (for sorting) of the same name. */
	static final String FOLDED = "folded";

	/**
	 * Normalizer that only lowers case, accents kept: sorts as Java's case-insensitive
	 * order does (the HSDS lists).
	 */
	static final String LOWERCASE = "lowercased";

	/**
	 * The folded analysis as a Lucene analyzer of its own, built from the same factories
	 * as the embedded index's, for the words of {@link WordCells} (the index closes its
	 * own analyzers when it stops).
	 */
	static final Analyzer FOLDED_ANALYZER = folded();

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(FOLDED)
			.custom()
			.tokenizer(StandardTokenizerFactory.NAME)
			.tokenFilter(LowerCaseFilterFactory.NAME)
			.tokenFilter(ASCIIFoldingFilterFactory.NAME);
		context.normalizer(FOLDED).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
		context.normalizer(LOWERCASE).custom().tokenFilter("lowercase");
	}

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.analyzer(FOLDED).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
		context.normalizer(FOLDED).custom().tokenFilters("lowercase", "asciifolding");
		context.normalizer(LOWERCASE).custom().tokenFilters("lowercase");
	}

	private static Analyzer folded() {
		try {
			return CustomAnalyzer.builder()
				.withTokenizer(StandardTokenizerFactory.NAME)
				.addTokenFilter(LowerCaseFilterFactory.NAME)
				.addTokenFilter(ASCIIFoldingFilterFactory.NAME)
				.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
