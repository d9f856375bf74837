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
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * A group's meetings in the index, as the find form's day, time-of-day and audience
 * filters match them: the {@link GroupSearch#SLOT} terms ({@link MeetingSlots}), and, for
 * a group meeting in person, its place in one point field per day and time of day it
 * meets ({@link MeetingSlots#pointField}). A walk to the nearest groups meeting on
 * Tuesday evenings then reads only the tree of those groups (decision 36). Each meeting's
 * days are worked out once for both.
 */
public final class MeetingSlotFields implements TypeBinder {

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies()
			.use("kind")
			.use("online")
			.use("latitude")
			.use("longitude")
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
		Map<String, IndexFieldReference<GeoPoint>> points = new TreeMap<>();
		for (String field : MeetingSlots.pointFields(List.of(DayOfWeek.values()), List.of(TimeOfDay.values()))) {
			points.put(field, schema.field(field, f -> f.asGeoPoint()).toReference());
		}
		context.bridge(OrganizationUnit.class, new Bridge(slots, points));
	}

	private record Bridge(IndexFieldReference<String> slots,
			Map<String, IndexFieldReference<GeoPoint>> points) implements TypeBridge<OrganizationUnit> {

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
				fields.forEach(field -> target.addValue(this.points.get(field), point));
			}
		}

	}

}
