package org.latch.helprequest;

import java.util.Set;
import java.util.UUID;

import org.latch.account.Person;
import org.latch.directory.UnitId;

/**
 * Someone signed in who works on help requests: their person, the role they read requests
 * in (recorded with every read), and where they administer.
 */
record Viewer(Person person, String role, boolean everywhere, boolean orgAdmin, Set<UnitId> administers) {

	Viewer {
		administers = Set.copyOf(administers);
	}

	UUID id() {
		return this.person.id();
	}

	String name() {
		return this.person.displayName();
	}

	boolean administrator() {
		return this.everywhere || !this.administers.isEmpty();
	}

}
