package org.latch.directory;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What one person may edit, worked out once per request: a Leader their own group, an
 * Area or Org Administrator the whole subtree of their unit, a platform administrator
 * everything.
 */
record Reach(boolean everywhere, Set<UUID> led, List<String> administeredPaths) {

	static final Reach NOBODY = new Reach(false, Set.of(), List.of());

	boolean any() {
		return this.everywhere || !this.led.isEmpty() || !this.administeredPaths.isEmpty();
	}

	/** The unit's profile, place and meetings. */
	boolean mayEdit(OrganizationUnit unit) {
		return this.led.contains(unit.id()) || administers(unit);
	}

	/** New groups below {@code parent}, and exports and imports of its subtree. */
	boolean administers(OrganizationUnit unit) {
		return this.everywhere || this.administeredPaths.stream().anyMatch(unit.path()::startsWith);
	}

	boolean mayCreateUnder(OrganizationUnit parent) {
		return parent.kind() != UnitKind.GROUP && administers(parent);
	}

}
