package org.latch.directory;

import java.time.LocalTime;

/**
 * When in the day a meeting starts, in the group's zone: how families filter meetings.
 */
public enum TimeOfDay {

	MORNING, AFTERNOON, EVENING;

	static TimeOfDay of(LocalTime start) {
		if (start.getHour() < 12) {
			return MORNING;
		}
		return (start.getHour() < 17) ? AFTERNOON : EVENING;
	}

}
