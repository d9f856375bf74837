package org.latch.directory;

import java.util.Set;

/**
 * The units a person looks after: groups they lead, units whose subtree they administer,
 * or, for a platform administrator, everything.
 */
public record Steward(boolean everywhere, Set<UnitId> leads, Set<UnitId> administers) {

	public static final Steward NONE = new Steward(false, Set.of(), Set.of());

	public Steward {
		leads = Set.copyOf(leads);
		administers = Set.copyOf(administers);
	}

	public boolean any() {
		return this.everywhere || !this.leads.isEmpty() || !this.administers.isEmpty();
	}

}
