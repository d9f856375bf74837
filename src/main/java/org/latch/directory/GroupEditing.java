package org.latch.directory;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing groups for the people who look after them: who reaches what, the list of units
 * they may edit, and creating and changing groups. Every method checks the person's
 * {@link Reach} itself, so no page can forget to.
 */
@Service
class GroupEditing {

	static final int SLUG_LENGTH = 70;

	private final OrganizationUnitRepository units;

	private final MeetingRepository meetings;

	private final Stewardship stewardship;

	/**
	 * Without a {@link Stewardship} (the directory tested alone) nobody looks after
	 * anything.
	 */
	GroupEditing(OrganizationUnitRepository units, MeetingRepository meetings,
			ObjectProvider<Stewardship> stewardship) {
		this.units = units;
		this.meetings = meetings;
		this.stewardship = stewardship.getIfAvailable(() -> username -> Steward.NONE);
	}

	@Transactional(readOnly = true)
	Reach reach(String username) {
		Steward steward = this.stewardship.steward(username);
		List<String> paths = this.units.findAllById(steward.administers().stream().map(UnitId::value).toList())
			.stream()
			.map(OrganizationUnit::path)
			.toList();
		return new Reach(steward.everywhere(), steward.leads().stream().map(UnitId::value).collect(Collectors.toSet()),
				paths);
	}

	/** The units the person may edit, in tree order. */
	@Transactional(readOnly = true)
	List<ManageRow> editable(Reach reach) {
		Stream<OrganizationUnit> found = reach.everywhere() ? this.units.findAll().stream()
				: Stream.concat(reach.administeredPaths().stream().flatMap(p -> this.units.findSubtree(p).stream()),
						this.units.findAllById(reach.led()).stream());
		return found.distinct()
			.sorted(Comparator.comparing(OrganizationUnit::path))
			.map(unit -> new ManageRow(unit.view(), reach.administers(unit)))
			.toList();
	}

	/** Units of the subtree of {@code root} the person may edit, in tree order. */
	@Transactional(readOnly = true)
	List<OrganizationUnit> editableBelow(Reach reach, UUID root) {
		OrganizationUnit top = editableUnit(reach, root);
		return this.units.findSubtree(top.path()).stream().filter(reach::mayEdit).toList();
	}

	@Transactional(readOnly = true)
	UnitView view(Reach reach, UUID unit) {
		return editableUnit(reach, unit).view();
	}

	@Transactional(readOnly = true)
	GroupInput input(Reach reach, UUID group) {
		return editableGroup(reach, group).input();
	}

	/** A group under {@code parent}, its slug made from its name. */
	@Transactional
	UUID create(Reach reach, UUID parent, GroupInput input) {
		OrganizationUnit above = parentFor(reach, parent);
		OrganizationUnit group = new OrganizationUnit(
				input.newUnit(new UnitId(above.id()), uniqueSlug(input.name(), Set.of())), above);
		group.describe(input.profile());
		return this.units.save(group).id();
	}

	@Transactional
	void update(Reach reach, UUID group, GroupInput input) {
		editableGroup(reach, group).edit(input);
	}

	/** The meetings' time zone, else a likely zone for the group's country. */
	@Transactional(readOnly = true)
	String defaultZone(UUID group) {
		return this.meetings.findByGroupIdOrderByCreatedAtAscIdAsc(group)
			.stream()
			.map(m -> m.view().timeZone().getId())
			.findFirst()
			.orElseGet(
					() -> ZoneGuess.forCountry(this.units.findById(group).map(u -> u.input().country()).orElse(null)));
	}

	/** The public profile of an area or organization the person administers. */
	@Transactional(readOnly = true)
	UnitProfile organizationProfile(Reach reach, UUID unit) {
		return administeredOrganization(reach, unit).profile();
	}

	@Transactional
	void describeOrganization(Reach reach, UUID unit, UnitProfile profile) {
		administeredOrganization(reach, unit).describe(profile);
	}

	/** An area or organization (groups have their own form) the person administers. */
	private OrganizationUnit administeredOrganization(Reach reach, UUID id) {
		OrganizationUnit unit = this.units.findById(id).orElseThrow(NothingHere::new);
		if (unit.kind() == UnitKind.GROUP) {
			throw new NothingHere();
		}
		if (!reach.administers(unit)) {
			throw new NotSteward();
		}
		return unit;
	}

	OrganizationUnit parentFor(Reach reach, UUID parent) {
		OrganizationUnit above = this.units.findById(parent).orElseThrow(NothingHere::new);
		if (!reach.mayCreateUnder(above)) {
			throw new NotSteward();
		}
		return above;
	}

	OrganizationUnit editableUnit(Reach reach, UUID id) {
		OrganizationUnit unit = this.units.findById(id).orElseThrow(NothingHere::new);
		if (!reach.mayEdit(unit)) {
			throw new NotSteward();
		}
		return unit;
	}

	OrganizationUnit editableGroup(Reach reach, UUID id) {
		OrganizationUnit unit = editableUnit(reach, id);
		if (unit.kind() != UnitKind.GROUP) {
			throw new NothingHere();
		}
		return unit;
	}

	/**
	 * A slug from the name (accents dropped, lower case, dashes), numbered when taken in
	 * the database or in {@code alsoTaken}.
	 */
	String uniqueSlug(String name, Collection<String> alsoTaken) {
		String base = Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		base = base.isEmpty() ? "group" : base.substring(0, Math.min(base.length(), SLUG_LENGTH)).replaceAll("-+$", "");
		String slug = base;
		for (int n = 2; alsoTaken.contains(slug) || this.units.findBySlug(slug).isPresent(); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	/** Units by slug, for matching imported rows. */
	@Transactional(readOnly = true)
	Map<String, OrganizationUnit> bySlug(Collection<String> slugs) {
		Map<String, OrganizationUnit> found = new LinkedHashMap<>();
		slugs.forEach(slug -> this.units.findBySlug(slug).ifPresent(unit -> found.put(slug, unit)));
		return found;
	}

}
