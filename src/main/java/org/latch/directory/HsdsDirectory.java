package org.latch.directory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads meetings with their groups and organizations for the HSDS API. Filtering and
 * paging happen in memory on the result (see {@link HsdsFilter}): a network has a few
 * thousand meetings, and no accent folding works alike on H2 and PostgreSQL.
 */
@Service
class HsdsDirectory {

	private final MeetingRepository meetings;

	private final OrganizationUnitRepository units;

	HsdsDirectory(MeetingRepository meetings, OrganizationUnitRepository units) {
		this.meetings = meetings;
		this.units = units;
	}

	/** Every meeting of every group, ordered by service name, then id. */
	@Transactional(readOnly = true)
	public List<HsdsEntry> entries() {
		return entries(this.meetings.findAll());
	}

	@Transactional(readOnly = true)
	public Optional<HsdsEntry> entry(UUID meeting) {
		return this.meetings.findById(meeting).flatMap(found -> entries(List.of(found)).stream().findFirst());
	}

	private List<HsdsEntry> entries(Collection<Meeting> found) {
		Map<UUID, HsdsUnit> groups = this.units
			.findWithDescriptions(found.stream().map(Meeting::groupId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(OrganizationUnit::id, OrganizationUnit::hsds));
		Map<UUID, UnitView> organizations = this.units
			.findAllById(groups.values()
				.stream()
				.map(group -> group.view().parentId())
				.filter(Objects::nonNull)
				.map(UnitId::value)
				.collect(Collectors.toSet()))
			.stream()
			.map(OrganizationUnit::view)
			.collect(Collectors.toMap(unit -> unit.id().value(), Function.identity()));
		return found.stream()
			.filter(meeting -> groups.containsKey(meeting.groupId()))
			.map(meeting -> entry(meeting, groups.get(meeting.groupId()), organizations))
			.sorted(Comparator.comparing(HsdsEntry::name, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(HsdsEntry::serviceId))
			.toList();
	}

	private static HsdsEntry entry(Meeting meeting, HsdsUnit group, Map<UUID, UnitView> organizations) {
		UnitId parent = group.view().parentId();
		UnitView organization = (parent == null) ? null : organizations.get(parent.value());
		if (organization != null && organization.kind() == UnitKind.GROUP) {
			organization = null;
		}
		return new HsdsEntry(meeting.view(), meeting.updatedAt(), group, organization);
	}

}
