package org.latch.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.latch.geo.GeoPoint;

/**
 * schema.org JSON-LD for a group page: the group as an {@code Organization} and each of
 * its next meetings as a free {@code Event}. The JSON is embedded in a
 * {@code <script type="application/ld+json">} data block, which browsers never run (so
 * the Content-Security-Policy allows it); {@code <}, {@code >} and {@code &} are written
 * as {@code \}{@code u} escapes so no text can close the block.
 */
final class GroupJsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SCHEMA = "https://schema.org/";

	private GroupJsonLd() {
	}

	/**
	 * @param description the description the page shows (in the visitor's language when
	 * the group has one)
	 */
	static String of(UnitView group, UnitProfile profile, @Nullable String description, List<UnitView> ancestors,
			@Nullable GeoPoint location, String url, List<Occurrence> next, Map<MeetingId, MeetingView> meetings) {
		String organizationId = url + "#group";
		Map<String, Object> organization = object("Organization");
		organization.put("@id", organizationId);
		organization.put("name", group.name());
		organization.put("url", url);
		put(organization, "description", description);
		put(organization, "email", profile.email());
		put(organization, "telephone", profile.phone());
		if (profile.website() != null) {
			organization.put("sameAs", profile.website());
		}
		if (!group.online()) {
			organization.put("address", address(group, profile));
			if (location != null) {
				Map<String, Object> geo = object("GeoCoordinates");
				geo.put("latitude", location.latitude());
				geo.put("longitude", location.longitude());
				organization.put("geo", geo);
			}
		}
		if (profile.email() != null || profile.phone() != null) {
			Map<String, Object> contact = object("ContactPoint");
			contact.put("contactType", "customer support");
			put(contact, "email", profile.email());
			put(contact, "telephone", profile.phone());
			contact.put("availableLanguage", group.languages());
			organization.put("contactPoint", contact);
		}
		if (!ancestors.isEmpty()) {
			Map<String, Object> parent = object("Organization");
			parent.put("name", ancestors.getLast().name());
			organization.put("parentOrganization", parent);
		}
		List<Object> graph = new ArrayList<>();
		graph.add(organization);
		for (Occurrence occurrence : next) {
			MeetingView meeting = meetings.get(occurrence.meeting());
			if (meeting != null) {
				graph.add(event(group, profile, url, organizationId, occurrence, meeting));
			}
		}
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", "https://schema.org");
		document.put("@graph", graph);
		return JSON.writeValueAsString(document)
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026");
	}

	private static Map<String, Object> event(UnitView group, UnitProfile profile, String url, String organizationId,
			Occurrence occurrence, MeetingView meeting) {
		Map<String, Object> event = object("Event");
		event.put("name", meeting.title() == null ? group.name() : meeting.title() + " · " + group.name());
		event.put("startDate", occurrence.start().toOffsetDateTime().toString());
		event.put("endDate", occurrence.end().toOffsetDateTime().toString());
		event.put("eventStatus", SCHEMA + "EventScheduled");
		event.put("eventAttendanceMode", SCHEMA + switch (meeting.format()) {
			case IN_PERSON -> "OfflineEventAttendanceMode";
			case ONLINE -> "OnlineEventAttendanceMode";
			case HYBRID -> "MixedEventAttendanceMode";
		});
		Map<String, Object> virtual = object("VirtualLocation");
		virtual.put("url", url);
		Map<String, Object> place = object("Place");
		place.put("name", group.name());
		place.put("address", address(group, profile));
		event.put("location", switch (meeting.format()) {
			case IN_PERSON -> group.online() ? virtual : place;
			case ONLINE -> virtual;
			case HYBRID -> group.online() ? virtual : List.of(place, virtual);
		});
		Map<String, Object> organizer = object("Organization");
		organizer.put("@id", organizationId);
		organizer.put("name", group.name());
		organizer.put("url", url);
		event.put("organizer", organizer);
		event.put("isAccessibleForFree", true);
		event.put("inLanguage", meeting.languages().size() == 1 ? meeting.languages().getFirst() : meeting.languages());
		event.put("url", url);
		return event;
	}

	private static Map<String, Object> address(UnitView group, UnitProfile profile) {
		Map<String, Object> address = object("PostalAddress");
		put(address, "streetAddress", profile.streetAddress());
		put(address, "postalCode", profile.postalCode());
		put(address, "addressLocality", group.city());
		put(address, "addressCountry", group.country());
		return address;
	}

	private static Map<String, Object> object(String type) {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("@type", type);
		return object;
	}

	private static void put(Map<String, Object> object, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			object.put(name, value);
		}
	}

}
