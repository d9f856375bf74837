package org.latch.directory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.latch.platform.PlatformSettings;
import org.latch.platform.StoredEntity;

/**
 * Keeps the search indexes whole: units (the "find support" search) and meetings (the
 * HSDS API). At startup they are rebuilt when they do not hold one document per unit and
 * per meeting (a new installation, a deleted index directory, a database changed while
 * Latch was stopped) or when it was written by a release that indexed other fields
 * ({@link #MAPPING}). Runs once the application is ready, so after the demo data is
 * loaded. Changes made through JPA afterwards reach the index on commit; the meeting days
 * indexed are those of the coming weeks, so the index is also rebuilt every night.
 */
@Component
class SearchIndexer {

	/** Raise when the indexed fields change, so existing installations reindex once. */
	static final String MAPPING = "11 meeting places of their own, per day and time of day and words per cell (one bridge), meeting slots, descriptions, within, projected results; HSDS meetings; online zones";

	/** The indexed entities: groups for "find support", meetings for the HSDS API. */
	static final List<Class<? extends StoredEntity>> TYPES = List.of(OrganizationUnit.class, Meeting.class);

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	private final EntityManagerFactory entityManagerFactory;

	private final OrganizationUnitRepository units;

	private final MeetingRepository meetings;

	private final Path marker;

	private final SearchResultsCache recent;

	private final GroupCards cards;

	SearchIndexer(EntityManagerFactory entityManagerFactory, OrganizationUnitRepository units,
			MeetingRepository meetings, PlatformSettings settings, SearchResultsCache recent, GroupCards cards) {
		this.entityManagerFactory = entityManagerFactory;
		this.units = units;
		this.meetings = meetings;
		this.recent = recent;
		this.cards = cards;
		this.marker = settings.dataDir().resolve("index").resolve("latch-mapping.txt");
	}

	@EventListener(ApplicationReadyEvent.class)
	void indexIfNeeded() throws InterruptedException {
		long storedUnits = this.units.count();
		long storedMeetings = this.meetings.count();
		long indexedUnits;
		long indexedMeetings;
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			indexedUnits = Search.session(entityManager)
				.search(OrganizationUnit.class)
				.where(f -> f.matchAll())
				.fetchTotalHitCount();
			indexedMeetings = Search.session(entityManager)
				.search(Meeting.class)
				.where(f -> f.matchAll())
				.fetchTotalHitCount();
		}
		if (indexedUnits != storedUnits || indexedMeetings != storedMeetings || !MAPPING.equals(writtenMapping())) {
			rebuild("it held " + indexedUnits + " units and " + indexedMeetings + " meetings, mapping '"
					+ writtenMapping() + "'");
		}
	}

	@Scheduled(cron = "${latch.search.rebuild-cron:0 30 3 * * *}")
	void nightly() throws InterruptedException {
		rebuild("nightly");
	}

	private void rebuild(String why) throws InterruptedException {
		long start = System.nanoTime();
		// Merged into one segment when done: a search then walks one point tree and one
		// set of postings instead of one per segment the indexer's threads left behind.
		Search.mapping(this.entityManagerFactory).scope(TYPES).massIndexer().mergeSegmentsOnFinish(true).startAndWait();
		this.cards.clear();
		this.recent.clear();
		try {
			Files.createDirectories(this.marker.getParent());
			Files.writeString(this.marker, MAPPING);
		}
		catch (IOException ex) {
			log.warn("Could not record the search mapping version in {}: {}", this.marker, ex.getMessage());
		}
		log.info("Search index rebuilt ({}): {} units and {} meetings in {} ms", why, this.units.count(),
				this.meetings.count(), (System.nanoTime() - start) / 1_000_000);
	}

	private String writtenMapping() {
		try {
			return Files.exists(this.marker) ? Files.readString(this.marker).strip() : "";
		}
		catch (IOException ex) {
			return "";
		}
	}

}
