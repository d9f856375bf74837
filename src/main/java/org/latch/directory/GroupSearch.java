package org.latch.directory;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.engine.search.query.SearchResult;

import org.springframework.stereotype.Component;

import org.latch.geo.GeoPoint;

/** Finds local groups in the Hibernate Search index. Call inside a transaction. */
@Component
class GroupSearch {

	static final String LOCATION = "location";

	static final String NAME_SORT = "name_sort";

	static final String LANGUAGE = "language";

	static final String DESCRIPTION = "description";

	static final int PAGE_SIZE = 20;

	private final EntityManager entityManager;

	GroupSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	FindResults find(FindQuery query) {
		Page inPerson = (query.mode() == FindMode.ONLINE) ? Page.EMPTY : search(query, false);
		Page online = (query.mode() == FindMode.IN_PERSON) ? Page.EMPTY : search(query, true);
		return new FindResults(inPerson.groups(), inPerson.total(), online.groups(), online.total(), query.page(),
				PAGE_SIZE);
	}

	private Page search(FindQuery query, boolean online) {
		GeoPoint near = online ? null : query.near();
		SearchResult<OrganizationUnit> result = Search.session(this.entityManager)
			.search(OrganizationUnit.class)
			.where((f, root) -> {
				root.add(f.match().field("kind").matching(UnitKind.GROUP));
				root.add(f.match().field("online").matching(online));
				if (query.text() != null) {
					root.add(f.simpleQueryString()
						.fields("name", "city", DESCRIPTION)
						.matching(query.text())
						.defaultOperator(BooleanOperator.AND));
				}
				if (query.language() != null) {
					root.add(f.match().field(LANGUAGE).matching(query.language()));
				}
				if (near != null) {
					root.add(f.spatial()
						.within()
						.field(LOCATION)
						.circle(near.latitude(), near.longitude(), query.radiusKm(), DistanceUnit.KILOMETERS));
				}
			})
			.sort(f -> (near != null) ? f.distance(LOCATION, near.latitude(), near.longitude()).then().field(NAME_SORT)
					: f.field(NAME_SORT))
			.fetch((query.page() - 1) * PAGE_SIZE, PAGE_SIZE);
		return new Page(result.hits().stream().map(unit -> unit.found(near)).toList(), result.total().hitCount());
	}

	private record Page(List<FoundGroup> groups, long total) {

		static final Page EMPTY = new Page(List.of(), 0);

	}

}
