package org.latch.directory;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.latch.platform.Language;

/**
 * Checks and normalizes the simple parts of a new meeting. Each refusal names the field
 * and a message key, so a form can show it translated next to the field.
 */
final class MeetingInput {

	static final Duration SHORTEST = Duration.ofMinutes(15);

	static final Duration LONGEST = Duration.ofHours(8);

	static final int TITLE_LENGTH = 200;

	private MeetingInput() {
	}

	static @Nullable String title(@Nullable String title) {
		String stripped = title == null ? "" : title.strip();
		if (stripped.length() > TITLE_LENGTH) {
			throw new InvalidMeeting("title", "validation.meeting.title", "longer than " + TITLE_LENGTH);
		}
		return stripped.isEmpty() ? null : stripped;
	}

	static String zone(@Nullable String zone) {
		if (zone == null || !ZoneId.getAvailableZoneIds().contains(zone)) {
			throw new InvalidMeeting("timeZone", "validation.meeting.zone", "not an IANA time zone: " + zone);
		}
		return zone;
	}

	static int minutes(@Nullable Duration duration) {
		if (duration == null || duration.compareTo(SHORTEST) < 0 || duration.compareTo(LONGEST) > 0
				|| duration.toSecondsPart() != 0 || duration.toNanosPart() != 0) {
			throw new InvalidMeeting("duration", "validation.meeting.duration",
					"not whole minutes from " + SHORTEST + " to " + LONGEST + ": " + duration);
		}
		return (int) duration.toMinutes();
	}

	/** Supported tags in canonical spelling, main language first, without repeats. */
	static List<String> languages(@Nullable List<String> tags) {
		Set<String> known = new LinkedHashSet<>();
		for (String tag : tags == null ? List.<String>of() : tags) {
			known.add(Arrays.stream(Language.values())
				.map(Language::tag)
				.filter(supported -> supported.equalsIgnoreCase(tag == null ? "" : tag.strip().replace('_', '-')))
				.findFirst()
				.orElseThrow(() -> new InvalidMeeting("languages", "validation.meeting.language",
						"not a supported language: " + tag)));
		}
		if (known.isEmpty()) {
			throw new InvalidMeeting("languages", "validation.meeting.language", "no language");
		}
		return List.copyOf(known);
	}

}
