package org.latch.directory;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting matches a search for its day, its time of day, its audience, any two or all
 * three together, and no combination it does not hold itself.
 */
class MeetingSlotsTests {

	private final List<String> tuesdayAndThursdayEveningsForNewborns = MeetingSlots.of(List.of("TUESDAY", "THURSDAY"),
			"EVENING", List.of("NEWBORN"));

	@Test
	void aMeetingMatchesEachOfItsOwnCombinations() {
		assertThat(matches(List.of(), null, null)).isTrue();
		assertThat(matches(List.of("TUESDAY"), null, null)).isTrue();
		assertThat(matches(List.of("MONDAY", "THURSDAY"), "EVENING", null)).isTrue();
		assertThat(matches(List.of(), "EVENING", "NEWBORN")).isTrue();
		assertThat(matches(List.of("TUESDAY"), "EVENING", "NEWBORN")).isTrue();
	}

	@Test
	void aMeetingMatchesNothingItDoesNotHold() {
		assertThat(matches(List.of("MONDAY"), null, null)).isFalse();
		assertThat(matches(List.of("TUESDAY"), "MORNING", null)).isFalse();
		assertThat(matches(List.of(), null, "TODDLER")).isFalse();
		assertThat(matches(List.of("WEDNESDAY", "FRIDAY"), "EVENING", "NEWBORN")).isFalse();
	}

	private boolean matches(List<String> days, String time, String audience) {
		return MeetingSlots.wanted(days, time, audience)
			.stream()
			.anyMatch(this.tuesdayAndThursdayEveningsForNewborns::contains);
	}

}
