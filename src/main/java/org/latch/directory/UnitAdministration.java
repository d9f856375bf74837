package org.latch.directory;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Who may keep what a unit owns beyond its groups (milk places, health professionals):
 * the administrators of that unit or of a unit above it, and platform administrators.
 */
@Component
class UnitAdministration {

	private final OrganizationUnitRepository units;

	UnitAdministration(OrganizationUnitRepository units) {
		this.units = units;
	}

	/**
	 * The unit, if the person administers it.
	 * @throws NothingHere when there is no such unit
	 * @throws NotSteward when the person does not administer it
	 */
	OrganizationUnit administered(Reach reach, UUID id) {
		OrganizationUnit unit = this.units.findById(id).orElseThrow(NothingHere::new);
		if (!reach.administers(unit)) {
			throw new NotSteward();
		}
		return unit;
	}

	/**
	 * Checks that the person may edit something owned by {@code owner}.
	 * @throws NotSteward when they may not
	 */
	void checkKeeps(Reach reach, @Nullable UUID owner) {
		boolean allowed = reach.everywhere()
				|| (owner != null && this.units.findById(owner).map(reach::administers).orElse(false));
		if (!allowed) {
			throw new NotSteward();
		}
	}

}
