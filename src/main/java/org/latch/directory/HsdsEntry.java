package org.latch.directory;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One meeting with what the HSDS API needs around it: its group and the organization the
 * group belongs to. A meeting is a service; an in-person meeting at its group's place is
 * also a service at a location.
 */
record HsdsEntry(MeetingView meeting, Instant meetingUpdatedAt, HsdsUnit group, @Nullable UnitView organization) {

	private static final String NAMESPACE = "latch:hsds:";

	UUID serviceId() {
		return this.meeting.id().value();
	}

	/** The group's place: the location of its in-person meetings. */
	UUID locationId() {
		return this.group.view().id().value();
	}

	UUID serviceAtLocationId() {
		return id("service_at_location", serviceId());
	}

	/** Meets at the group's place (in person or hybrid), not only online. */
	boolean hasLocation() {
		return !this.group.view().online() && this.meeting.format() != MeetingFormat.ONLINE;
	}

	/** A change to the meeting or to its group's name, place or profile. */
	Instant lastModified() {
		return this.meetingUpdatedAt.isAfter(this.group.updatedAt()) ? this.meetingUpdatedAt : this.group.updatedAt();
	}

	/**
	 * The service's name: the group's, followed by the meeting's title when it has one.
	 */
	String name() {
		return name(this.group.view().name(), this.meeting.title());
	}

	static String name(String group, @Nullable String title) {
		return (title == null || title.isBlank()) ? group : group + ": " + title;
	}

	/**
	 * A stable identifier for a part that Latch does not store on its own (a schedule, an
	 * address, a language entry...): a name-based UUID, the same on every request.
	 */
	static UUID id(String kind, Object... parts) {
		StringBuilder name = new StringBuilder(NAMESPACE).append(kind);
		for (Object part : parts) {
			name.append(':').append(part);
		}
		return UUID.nameUUIDFromBytes(name.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

}
