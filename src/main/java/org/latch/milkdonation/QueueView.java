package org.latch.milkdonation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A bank's donors at one stage, oldest first, and how many wait at every stage. Names and
 * references only: health details are in each donor's file, where reading is recorded.
 */
record QueueView(Stage stage, Map<Stage, Long> counts, List<Row> rows) {

	/** A donor in the queue. */
	record Row(UUID id, String reference, String name, String language, Instant since) {
	}

	long count(Stage stage) {
		return this.counts.getOrDefault(stage, 0L);
	}

}
