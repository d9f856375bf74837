package org.latch.directory;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Text analysis of the search index: words compared without regard to case or accents, so
 * "sao paulo" finds "São Paulo". Public only because Hibernate Search creates it by
 * reflection (configured in {@code application.properties}).
 */
public final class SearchAnalysis implements LuceneAnalysisConfigurer {

	/** Analyzer (for full text) and normalizer (for sorting) of the same name. */
	static final String FOLDED = "folded";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(FOLDED).custom().tokenizer("standard").tokenFilter("lowercase").tokenFilter("asciiFolding");
		context.normalizer(FOLDED).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
	}

}
