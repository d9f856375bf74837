package org.latch.directory;

import java.time.DayOfWeek;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * What the find search reads of a group beyond its plain properties:
 * <ul>
 * <li>the {@link GroupSearch#SLOT} terms of its meetings' days, times of day and
 * audiences ({@link MeetingSlots});</li>
 * <li>for a group meeting in person, its place in {@link GroupSearch#MEETS_AT} with its
 * id beside it ({@link GroupSearch#MEETS_AT_ID}), so the point tree alone answers "the
 * nearest groups meeting in person" (decision 20);</li>
 * <li>that place again in one point field per day and time of day it meets
 * ({@link MeetingSlots#pointField}), so a walk to the nearest groups meeting on Tuesday
 * evenings reads only the tree of those groups (decision 36);</li>
 * <li>and its words in the cell where it meets ({@link WordCells}), so a search for a
 * word reads only the groups near the visitor that have it (decision 38).</li>
 * </ul>
 * Each meeting's days are worked out once for the terms and the point fields.
 */
public final class FindFields implements TypeBinder {

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies()
			.use("kind")
			.use("online")
			.use("latitude")
			.use("longitude")
			.use("name")
			.use("city")
			.use("descriptions")
			.use("meetings.rrule")
			.use("meetings.firstDate")
			.use("meetings.startTime")
			.use("meetings.timeZone")
			.use("meetings.extraDates")
			.use("meetings.audiences");
		IndexSchemaElement schema = context.indexSchemaElement();
		IndexFieldReference<String> slots = schema.field(GroupSearch.SLOT, f -> f.asString())
			.multiValued()
			.toReference();
		IndexFieldReference<GeoPoint> meetsAt = schema.field(GroupSearch.MEETS_AT, f -> f.asGeoPoint()).toReference();
		IndexFieldReference<String> meetsAtId = schema
			.field(GroupSearch.MEETS_AT_ID, f -> f.asString().searchable(Searchable.NO).sortable(Sortable.YES))
			.toReference();
		Map<String, IndexFieldReference<GeoPoint>> points = new TreeMap<>();
		for (String field : MeetingSlots.pointFields(List.of(DayOfWeek.values()), List.of(TimeOfDay.values()))) {
			points.put(field, schema.field(field, f -> f.asGeoPoint()).toReference());
		}
		IndexFieldReference<String> words = schema.field(WordCells.FIELD, f -> f.asString())
			.multiValued()
			.toReference();
		context.bridge(OrganizationUnit.class, new Bridge(slots, new Places(meetsAt, meetsAtId, points, words)));
	}

	/** The fields of a group meeting in person. */
	private record Places(IndexFieldReference<GeoPoint> meetsAt, IndexFieldReference<String> meetsAtId,
			Map<String, IndexFieldReference<GeoPoint>> bySlot, IndexFieldReference<String> words) {
	}

	private record Bridge(IndexFieldReference<String> slots, Places places) implements TypeBridge<OrganizationUnit> {

		@Override
		public void write(DocumentElement target, OrganizationUnit unit, TypeBridgeWriteContext context) {
			Set<String> keys = new LinkedHashSet<>();
			Set<String> fields = new LinkedHashSet<>();
			for (Meeting meeting : unit.meetings()) {
				List<String> days = meeting.days();
				String time = meeting.timeOfDay().name();
				keys.addAll(MeetingSlots.of(days, time, meeting.audienceNames()));
				days.forEach(day -> fields.add(MeetingSlots.pointField(day, time)));
			}
			keys.forEach(key -> target.addValue(this.slots, key));
			org.latch.geo.GeoPoint place = unit.meetsAt();
			if (place != null) {
				GeoPoint point = GeoPoint.of(place.latitude(), place.longitude());
				target.addValue(this.places.meetsAt(), point);
				target.addValue(this.places.meetsAtId(), unit.id().toString());
				fields.forEach(field -> target.addValue(this.places.bySlot().get(field), point));
				WordCells
					.terms(SearchAnalysis.FOLDED_ANALYZER, unit.searchedTexts(), place.latitude(), place.longitude())
					.forEach(term -> target.addValue(this.places.words(), term));
			}
		}

	}

}
