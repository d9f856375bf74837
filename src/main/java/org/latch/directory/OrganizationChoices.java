package org.latch.directory;

import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The organizations offered by the find form's filter, read at most once a minute: every
 * search page lists them, and they change rarely (a new area appears within a minute).
 */
@Component
class OrganizationChoices {

	static final Duration FRESH = Duration.ofMinutes(1);

	private final DirectoryManagement directory;

	private volatile Snapshot snapshot = new Snapshot(List.of(), 0);

	OrganizationChoices(DirectoryManagement directory) {
		this.directory = directory;
	}

	List<UnitView> all() {
		Snapshot current = this.snapshot;
		long now = System.nanoTime();
		if (current.readAt() == 0 || now - current.readAt() > FRESH.toNanos()) {
			current = new Snapshot(this.directory.organizations(null, null), now);
			this.snapshot = current;
		}
		return current.organizations();
	}

	private record Snapshot(List<UnitView> organizations, long readAt) {
	}

}
