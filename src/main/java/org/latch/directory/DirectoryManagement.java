package org.latch.directory;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory's facade: the organization tree and who may reach which part of it. */
@Service
public class DirectoryManagement {

	private final OrganizationUnitRepository units;

	private final GroupSearch search;

	private final SearchResultsCache recent;

	DirectoryManagement(OrganizationUnitRepository units, GroupSearch search, SearchResultsCache recent) {
		this.units = units;
		this.search = search;
		this.recent = recent;
	}

	/**
	 * Local groups matching a search, a page of those meeting in person and a page of
	 * those meeting online, from the search index alone (no database transaction), or as
	 * recently found for the same search.
	 */
	public FindResults findGroups(FindQuery query) {
		return this.recent.get(query, () -> this.search.find(query));
	}

	@Transactional
	public UnitId add(NewUnit unit) {
		OrganizationUnit parent = unit.parentId() == null ? null
				: this.units.findById(unit.parentId().value()).orElseThrow(() -> new UnitNotFound(unit.parentId()));
		return new UnitId(this.units.save(new OrganizationUnit(unit, parent)).id());
	}

	@Transactional(readOnly = true)
	public Optional<UnitView> find(UnitId id) {
		return this.units.findById(id.value()).map(OrganizationUnit::view);
	}

	/**
	 * The time zone a unit most likely keeps its times in: its country's (the most
	 * populous zone of a country with several), UTC when its country is unknown.
	 */
	@Transactional(readOnly = true)
	public java.time.ZoneId likelyZone(UnitId id) {
		return java.time.ZoneId.of(ZoneGuess.forCountry(find(id).map(UnitView::country).orElse(null)));
	}

	@Transactional(readOnly = true)
	public Optional<UnitView> findBySlug(String slug) {
		return this.units.findBySlug(slug).map(OrganizationUnit::view);
	}

	/**
	 * Sets a unit's public profile (address, contacts, descriptions), replacing the old
	 * one.
	 */
	@Transactional
	public void describe(UnitId id, UnitProfile profile) {
		this.units.findById(id.value()).orElseThrow(() -> new UnitNotFound(id)).describe(profile);
	}

	@Transactional(readOnly = true)
	public Optional<UnitProfile> profile(UnitId id) {
		return this.units.findById(id.value()).map(OrganizationUnit::profile);
	}

	/** True when {@code unit} is {@code ancestor} itself or lies anywhere below it. */
	@Transactional(readOnly = true)
	public boolean isWithin(UnitId unit, UnitId ancestor) {
		Optional<OrganizationUnit> child = this.units.findById(unit.value());
		Optional<OrganizationUnit> root = this.units.findById(ancestor.value());
		return child.isPresent() && root.isPresent() && child.get().isWithin(root.get());
	}

	/**
	 * Every unit below any of the given units (inclusive), ordered as a tree, without
	 * duplicates.
	 */
	@Transactional(readOnly = true)
	public List<UnitView> subtrees(Collection<UnitId> roots) {
		return this.units.findAllById(roots.stream().map(UnitId::value).toList())
			.stream()
			.flatMap(root -> this.units.findSubtree(root.path()).stream())
			.distinct()
			.sorted(Comparator.comparing(OrganizationUnit::path))
			.map(OrganizationUnit::view)
			.toList();
	}

	/** The top of the tree: units without a parent. */
	@Transactional(readOnly = true)
	public List<UnitId> roots() {
		return this.units.findByParentIdIsNull().stream().map(u -> new UnitId(u.id())).toList();
	}

	/**
	 * The units that act as organizations (every level above local groups), as a tree,
	 * optionally only those whose name contains {@code search} (ignoring case and
	 * accents) or that changed at or after {@code modifiedAfter}. Matching happens in
	 * memory: there are few such units, and no accent folding works alike on H2 and
	 * PostgreSQL.
	 */
	@Transactional(readOnly = true)
	public List<UnitView> organizations(@Nullable String search, @Nullable Instant modifiedAfter) {
		Set<UnitKind> kinds = Set.of(UnitKind.INTERNATIONAL, UnitKind.NATIONAL, UnitKind.AREA);
		List<OrganizationUnit> found = (modifiedAfter == null) ? this.units.findByKindInOrderByPath(kinds)
				: this.units.findByKindInAndUpdatedAtGreaterThanEqualOrderByPath(kinds, modifiedAfter);
		SearchText wanted = new SearchText(search == null ? "" : search);
		return found.stream().filter(unit -> wanted.isFoundIn(unit.name())).map(OrganizationUnit::view).toList();
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.units.count();
	}

	@Transactional(readOnly = true)
	public long count(UnitKind kind) {
		return this.units.countByKind(kind);
	}

	/**
	 * The network's reach for the impact figures: counts only, from three aggregate
	 * queries.
	 */
	@Transactional(readOnly = true)
	public NetworkReach reach() {
		return NetworkReach.of(this.units.countByKindAndOnline(UnitKind.GROUP, false),
				this.units.countByKindAndOnline(UnitKind.GROUP, true), this.units.placesMetInPerson());
	}

	/** Where a unit meets, when it has coordinates. */
	@Transactional(readOnly = true)
	public Optional<org.latch.geo.GeoPoint> location(UnitId id) {
		return this.units.findById(id.value()).flatMap(OrganizationUnit::location);
	}

}
