package org.latch.directory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index at startup when it does not hold one document per unit: a new
 * installation, a deleted index directory, or a database changed while Latch was stopped.
 * Runs once the application is ready, so after the demo data is loaded. Changes made
 * through JPA afterwards reach the index on commit.
 */
@Component
class SearchIndexer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	private final EntityManagerFactory entityManagerFactory;

	private final OrganizationUnitRepository units;

	SearchIndexer(EntityManagerFactory entityManagerFactory, OrganizationUnitRepository units) {
		this.entityManagerFactory = entityManagerFactory;
		this.units = units;
	}

	@EventListener(ApplicationReadyEvent.class)
	void indexIfNeeded() throws InterruptedException {
		long stored = this.units.count();
		long indexed;
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			indexed = Search.session(entityManager)
				.search(OrganizationUnit.class)
				.where(f -> f.matchAll())
				.fetchTotalHitCount();
		}
		if (indexed == stored) {
			return;
		}
		long start = System.nanoTime();
		Search.mapping(this.entityManagerFactory).scope(OrganizationUnit.class).massIndexer().startAndWait();
		log.info("Search index rebuilt: {} units in {} ms (it held {})", stored,
				(System.nanoTime() - start) / 1_000_000, indexed);
	}

}
