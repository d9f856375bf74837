package org.latch.helprequest;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import org.latch.account.AccountManagement;
import org.latch.directory.DirectoryManagement;
import org.latch.directory.Steward;
import org.latch.directory.Stewardship;
import org.latch.directory.UnitId;
import org.latch.directory.UnitKind;
import org.latch.directory.UnitView;

/**
 * The units behind a Leader's contact log and reports: the groups they lead (first by
 * name), the area a group counts in, and which units' reports a person may read.
 */
@Component
class LeaderUnits {

	/** Deeper than any network: a parent loop must not hang a request. */
	private static final int MAX_DEPTH = 16;

	private static final Comparator<UnitView> BY_NAME = Comparator.comparing(UnitView::name,
			String.CASE_INSENSITIVE_ORDER);

	private final Stewardship stewardship;

	private final DirectoryManagement directory;

	private final AccountManagement accounts;

	LeaderUnits(Stewardship stewardship, DirectoryManagement directory, AccountManagement accounts) {
		this.stewardship = stewardship;
		this.directory = directory;
		this.accounts = accounts;
	}

	Steward steward(String email) {
		return this.stewardship.steward(email);
	}

	/** The groups {@code email} leads, by name. */
	List<UnitView> groupsLedBy(String email) {
		return groupsLedBy(steward(email));
	}

	/** A group and the first unit of kind AREA above it, if any. */
	CountedIn countedIn(UnitView group) {
		return new CountedIn(group.id().value(), areaOf(group).map(area -> area.id().value()).orElse(null));
	}

	/**
	 * Where help given by this account counts: the first group they lead by name and its
	 * area; for an administrator who leads no group, the area of the first unit they
	 * administer (or that unit, when it is an area); otherwise nowhere.
	 */
	CountedIn countedIn(UUID accountId) {
		Optional<String> email = this.accounts.person(accountId).map(person -> person.email());
		if (email.isEmpty()) {
			return CountedIn.NOWHERE;
		}
		List<UnitView> groups = groupsLedBy(email.get());
		if (!groups.isEmpty()) {
			return countedIn(groups.getFirst());
		}
		return views(steward(email.get()).administers()).stream()
			.map(this::areaOf)
			.flatMap(Optional::stream)
			.findFirst()
			.map(area -> new CountedIn(null, area.id().value()))
			.orElse(CountedIn.NOWHERE);
	}

	/** Whether {@code steward} may read the reports of {@code unit}. */
	boolean reaches(Steward steward, UnitView unit) {
		return steward.everywhere() || steward.leads().contains(unit.id())
				|| steward.administers().stream().anyMatch(top -> this.directory.isWithin(unit.id(), top));
	}

	/**
	 * The units offered as report scopes: groups led, then the units administered with
	 * everything below them; for a platform administrator every organization above the
	 * groups.
	 */
	List<UnitView> reportable(Steward steward) {
		List<UnitView> led = groupsLedBy(steward);
		List<UnitView> administered = steward.everywhere() ? this.directory.organizations(null, null)
				: this.directory.subtrees(steward.administers());
		return Stream.concat(led.stream(), administered.stream()).distinct().toList();
	}

	/** The unit and everything below it. */
	List<UnitView> subtree(UnitView unit) {
		return this.directory.subtrees(List.of(unit.id()));
	}

	Optional<UnitView> find(UUID id) {
		return this.directory.find(new UnitId(id));
	}

	/** The unit itself when it is an area, else the nearest area above it. */
	Optional<UnitView> areaOf(UnitView unit) {
		UnitView at = unit;
		for (int depth = 0; depth < MAX_DEPTH; depth++) {
			if (at.kind() == UnitKind.AREA) {
				return Optional.of(at);
			}
			if (at.parentId() == null) {
				return Optional.empty();
			}
			Optional<UnitView> parent = this.directory.find(at.parentId());
			if (parent.isEmpty()) {
				return Optional.empty();
			}
			at = parent.get();
		}
		return Optional.empty();
	}

	List<UnitView> groupsLedBy(Steward steward) {
		return views(steward.leads()).stream().filter(unit -> unit.kind() == UnitKind.GROUP).toList();
	}

	private List<UnitView> views(Collection<UnitId> ids) {
		return ids.stream().map(this.directory::find).flatMap(Optional::stream).sorted(BY_NAME).toList();
	}

}
