package org.latch.directory;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A group's next meetings as the search index stores them, one string each ("start
 * duration zone meeting extra"), so results show the next meeting without reading the
 * database or expanding rules. The index keeps {@link #KEPT} of them and is refreshed
 * when a meeting changes and by the nightly rebuild, which leaves weeks of margin.
 */
final class UpcomingMeetings {

	/** How many coming meetings each group's index entry keeps. */
	static final int KEPT = 8;

	private UpcomingMeetings() {
	}

	static String encode(Occurrence occurrence) {
		return occurrence.start().toEpochSecond() + " "
				+ Duration.between(occurrence.start(), occurrence.end()).toSeconds() + " "
				+ occurrence.start().getZone().getId() + " " + occurrence.meeting().value() + " "
				+ (occurrence.extra() ? "x" : "r");
	}

	static Occurrence decode(String stored) {
		String[] parts = stored.split(" ");
		ZonedDateTime start = Instant.ofEpochSecond(Long.parseLong(parts[0])).atZone(ZoneId.of(parts[2]));
		return new Occurrence(new MeetingId(UUID.fromString(parts[3])), start,
				start.plusSeconds(Long.parseLong(parts[1])), "x".equals(parts[4]));
	}

	/** The first stored meeting not over at {@code now}; stored in time order. */
	static @Nullable Occurrence next(List<String> stored, Instant now) {
		for (String entry : stored) {
			Occurrence occurrence = decode(entry);
			if (occurrence.end().toInstant().isAfter(now)) {
				return occurrence;
			}
		}
		return null;
	}

	/** The zones the stored meetings take place in, without decoding the rest. */
	static List<String> zoneIds(List<String> stored) {
		return stored.stream().map(entry -> entry.split(" ", 4)[2]).distinct().toList();
	}

}
