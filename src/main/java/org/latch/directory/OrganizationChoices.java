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

	private final Refreshed<List<UnitView>> organizations;

	OrganizationChoices(DirectoryManagement directory) {
		this.organizations = new Refreshed<>(() -> directory.organizations(null, null), FRESH);
	}

	List<UnitView> all() {
		return this.organizations.get();
	}

}
