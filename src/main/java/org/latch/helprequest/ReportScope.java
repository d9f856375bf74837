package org.latch.helprequest;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.latch.directory.UnitKind;
import org.latch.directory.UnitView;

/**
 * Whose activity a report counts: one Leader's entries, a group's, an area's (every entry
 * counted in that area, whichever group), or, above areas, those of every area and group
 * below. An entry matching several ways counts once.
 *
 * @param key {@code me} or the unit's id, as in the address
 * @param unit the unit reported on, or null for the Leader's own entries
 */
record ReportScope(String key, @Nullable UnitView unit, @Nullable UUID leader, Set<UUID> groups, Set<UUID> areas) {

	static final String ME = "me";

	static ReportScope me(UUID leader) {
		return new ReportScope(ME, null, leader, Set.of(), Set.of());
	}

	/** A unit's report; {@code subtree} is the unit and everything below it. */
	static ReportScope of(UnitView unit, Collection<UnitView> subtree) {
		UUID id = unit.id().value();
		return switch (unit.kind()) {
			case GROUP -> new ReportScope(id.toString(), unit, null, Set.of(id), Set.of());
			case AREA -> new ReportScope(id.toString(), unit, null, Set.of(), Set.of(id));
			default ->
				new ReportScope(id.toString(), unit, null, ids(subtree, UnitKind.GROUP), ids(subtree, UnitKind.AREA));
		};
	}

	/** For the file name: {@code me} or the unit's slug. */
	String slug() {
		return (this.unit == null) ? ME : this.unit.slug();
	}

	private static Set<UUID> ids(Collection<UnitView> units, UnitKind kind) {
		return units.stream()
			.filter(unit -> unit.kind() == kind)
			.map(unit -> unit.id().value())
			.collect(Collectors.toUnmodifiableSet());
	}

}
