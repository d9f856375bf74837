package org.latch.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.jspecify.annotations.Nullable;

import org.latch.geo.GeoPoint;

/**
 * A group as the search index stores it: what a result shows, read without touching the
 * database (field names in {@link GroupSearch}).
 */
record GroupHit(UUID id, String slug, String name, @Nullable String city, @Nullable String country, boolean online,
		List<String> languages, org.hibernate.search.engine.spatial.@Nullable GeoPoint location,
		List<String> upcoming) {

	static ProjectionFinalStep<GroupHit> projection(SearchProjectionFactory<?, ?> f) {
		return f.composite()
			.from(f.id(UUID.class), f.field("slug", String.class), f.field("name", String.class),
					f.field("city", String.class), f.field("country", String.class), f.field("online", Boolean.class),
					f.field(GroupSearch.LANGUAGE, String.class).list(),
					f.field(GroupSearch.LOCATION, org.hibernate.search.engine.spatial.GeoPoint.class),
					f.field(GroupSearch.UPCOMING, String.class).list())
			.asArray(GroupHit::of);
	}

	@SuppressWarnings("unchecked")
	private static GroupHit of(Object[] fields) {
		return new GroupHit((UUID) fields[0], (String) fields[1], (String) fields[2], (String) fields[3],
				(String) fields[4], Boolean.TRUE.equals(fields[5]), (List<String>) fields[6],
				(org.hibernate.search.engine.spatial.GeoPoint) fields[7], (List<String>) fields[8]);
	}

	/**
	 * The result row: distance from {@code from} when both have a place, next meeting not
	 * over at {@code now}.
	 */
	FoundGroup found(@Nullable GeoPoint from, Instant now) {
		GeoPoint point = (this.location == null) ? null
				: new GeoPoint(this.location.latitude(), this.location.longitude());
		Double distance = (from == null || point == null) ? null : from.distanceKm(point);
		return new FoundGroup(new UnitId(this.id), this.slug, this.name, this.city, this.country, this.online, distance,
				this.languages, point, UpcomingMeetings.next(this.upcoming, now));
	}

}
