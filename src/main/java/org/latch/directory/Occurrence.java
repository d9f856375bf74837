package org.latch.directory;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;

/**
 * One concrete meeting: start and end in the group's time zone.
 *
 * @param extra true for a one-off date added besides the rule
 */
public record Occurrence(MeetingId meeting, ZonedDateTime start, ZonedDateTime end, boolean extra) {

	/** Chronological, then by meeting so that merged lists have a stable order. */
	public static final Comparator<Occurrence> CHRONOLOGICAL = Comparator
		.comparing((Occurrence o) -> o.start().toInstant())
		.thenComparing(o -> o.meeting().value());

	/** The same occurrence as seen from another time zone, e.g. the visitor's. */
	public Occurrence seenFrom(ZoneId zone) {
		return new Occurrence(this.meeting, this.start.withZoneSameInstant(zone), this.end.withZoneSameInstant(zone),
				this.extra);
	}

}
