package org.latch.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.predicate.dsl.TypedSearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.geo.GeoPoint;

/**
 * Finds meetings with their groups and organizations for the HSDS API. The lists are
 * answered by the search index of meetings (fields in {@link HsdsIndex}): it filters,
 * counts and sorts, and only the meetings of the page asked for are loaded from the
 * database, in a few batched queries, so a page costs the same in a network of 150
 * meetings or of 300,000 and a 211 system can crawl the list page by page. Changes reach
 * the index when they commit, including renames of a meeting's group or organization.
 */
@Service
class HsdsDirectory {

	private final MeetingRepository meetings;

	private final OrganizationUnitRepository units;

	private final EntityManager entityManager;

	HsdsDirectory(MeetingRepository meetings, OrganizationUnitRepository units, EntityManager entityManager) {
		this.meetings = meetings;
		this.units = units;
		this.entityManager = entityManager;
	}

	/**
	 * One page of the meetings {@code filter} keeps (only those at a location when
	 * {@code atLocations}), ordered by service name then id, or nearest first.
	 */
	@Transactional(readOnly = true)
	public Found find(HsdsFilter filter, boolean atLocations, int page, int perPage) {
		SearchSession search = Search.session(this.entityManager);
		long offset = (long) (page - 1) * perPage;
		if (offset > 0) {
			long total = search.search(Meeting.class)
				.where((f, root) -> HsdsDirectory.filter(f, root, filter, atLocations))
				.fetchTotalHitCount();
			if (offset >= total) {
				return new Found(total, List.of());
			}
		}
		GeoPoint near = filter.near();
		SearchResult<Meeting> result = search.search(Meeting.class)
			.where((f, root) -> HsdsDirectory.filter(f, root, filter, atLocations))
			.sort(f -> (near == null)
					? f.field(HsdsIndex.NAME).then().field(HsdsIndex.ID_HIGH).then().field(HsdsIndex.ID_LOW)
					: f.distance(HsdsIndex.PLACE, near.latitude(), near.longitude())
						.then()
						.field(HsdsIndex.NAME)
						.then()
						.field(HsdsIndex.ID_HIGH)
						.then()
						.field(HsdsIndex.ID_LOW))
			.fetch((int) offset, perPage);
		return new Found(result.total().hitCount(), entries(result.hits()));
	}

	@Transactional(readOnly = true)
	public Optional<HsdsEntry> entry(UUID meeting) {
		return this.meetings.findById(meeting).flatMap(found -> entries(List.of(found)).stream().findFirst());
	}

	/**
	 * The meeting at a location with this (name-based) service at location id, found by
	 * the id the index keeps.
	 */
	@Transactional(readOnly = true)
	public Optional<HsdsEntry> atLocation(UUID serviceAtLocation) {
		List<Meeting> hits = Search.session(this.entityManager).search(Meeting.class).where((f, root) -> {
			root.add(f.match().field(HsdsIndex.SERVICE_AT_LOCATION).matching(serviceAtLocation.toString()));
			root.add(f.match().field(HsdsIndex.AT_LOCATION).matching(true));
		}).fetchHits(1);
		return entries(hits).stream()
			.filter(entry -> entry.hasLocation() && entry.serviceAtLocationId().equals(serviceAtLocation))
			.findFirst();
	}

	private static <R> void filter(TypedSearchPredicateFactory<R> f, SimpleBooleanPredicateClausesCollector<R, ?> root,
			HsdsFilter filter, boolean atLocations) {
		root.add(f.matchAll());
		if (atLocations) {
			root.add(f.match().field(HsdsIndex.AT_LOCATION).matching(true));
		}
		for (String word : filter.words()) {
			for (String piece : HsdsIndex.pieces(word)) {
				root.add(f.wildcard().field(HsdsIndex.TEXT).matching("*" + piece + "*"));
			}
		}
		if (filter.taxonomyTermId() != null) {
			root.add(f.match().field(HsdsIndex.TERM).matching(filter.taxonomyTermId().toString()));
			if (filter.taxonomyId() != null && HsdsTaxonomy.term(filter.taxonomyTermId())
				.filter(term -> term.taxonomyId().equals(filter.taxonomyId()))
				.isEmpty()) {
				root.add(f.matchNone());
			}
		}
		if (filter.taxonomyId() != null) {
			root.add(f.match().field(HsdsIndex.TAXONOMY).matching(filter.taxonomyId().toString()));
		}
		if (filter.organizationId() != null) {
			root.add(f.match().field(HsdsIndex.WITHIN).matching(filter.organizationId().toString()));
		}
		if (filter.modifiedAfter() != null) {
			root.add(f.range().field(HsdsIndex.MODIFIED).atLeast(HsdsIndex.microsFrom(filter.modifiedAfter())));
		}
		GeoPoint near = filter.near();
		if (near != null) {
			root.add(f.exists().field(HsdsIndex.PLACE));
			@Nullable Double meters = filter.proximityMeters();
			if (meters != null) {
				root.add(f.spatial()
					.within()
					.field(HsdsIndex.PLACE)
					.circle(near.latitude(), near.longitude(), meters, DistanceUnit.METERS));
			}
		}
	}

	/** The entries of these meetings, in the same order. */
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

	/** A page of entries and how many the whole list holds. */
	record Found(long total, List<HsdsEntry> entries) {

	}

}
