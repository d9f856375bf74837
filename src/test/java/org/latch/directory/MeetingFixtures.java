package org.latch.directory;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Meetings for tests: a monthly 2nd-Tuesday meeting in New York unless told otherwise.
 */
final class MeetingFixtures {

	static final UnitId GROUP = new UnitId(UUID.fromString("7b0c6d8e-2a41-4c55-9d1e-0a7f3c2b9e11"));

	private MeetingFixtures() {
	}

	static Draft meeting(String rrule) {
		return new Draft(GROUP, "Monthly meeting", rrule, LocalDate.of(2026, 1, 1), LocalTime.of(10, 0),
				Duration.ofMinutes(90), "America/New_York", List.of("en", "es"));
	}

	static OrganizationUnit unsavedGroup() {
		return new OrganizationUnit(new NewUnit(null, UnitKind.GROUP, "group-" + UUID.randomUUID(), "Fixture group",
				"US", "NY", "New York", 40.71, -74.0, false, List.of("en")), null);
	}

	static Draft secondTuesdayMonthly() {
		return meeting("FREQ=MONTHLY;BYDAY=2TU");
	}

	/** A meeting being made up; each {@code with...} returns a changed copy. */
	record Draft(UnitId group, String title, String rrule, LocalDate firstDate, LocalTime startTime, Duration duration,
			String timeZone, List<String> languages) {

		Draft forGroup(UnitId group) {
			return new Draft(group, this.title, this.rrule, this.firstDate, this.startTime, this.duration,
					this.timeZone, this.languages);
		}

		Draft titled(String title) {
			return new Draft(this.group, title, this.rrule, this.firstDate, this.startTime, this.duration,
					this.timeZone, this.languages);
		}

		Draft from(LocalDate firstDate) {
			return new Draft(this.group, this.title, this.rrule, firstDate, this.startTime, this.duration,
					this.timeZone, this.languages);
		}

		Draft at(LocalTime startTime) {
			return new Draft(this.group, this.title, this.rrule, this.firstDate, startTime, this.duration,
					this.timeZone, this.languages);
		}

		Draft lasting(Duration duration) {
			return new Draft(this.group, this.title, this.rrule, this.firstDate, this.startTime, duration,
					this.timeZone, this.languages);
		}

		Draft in(String timeZone) {
			return new Draft(this.group, this.title, this.rrule, this.firstDate, this.startTime, this.duration,
					timeZone, this.languages);
		}

		Draft speaking(String... languages) {
			return new Draft(this.group, this.title, this.rrule, this.firstDate, this.startTime, this.duration,
					this.timeZone, List.of(languages));
		}

		NewMeeting build() {
			return new NewMeeting(this.group, this.title, this.rrule, this.firstDate, this.startTime, this.duration,
					this.timeZone, MeetingFormat.HYBRID, this.languages,
					Set.of(Audience.NEWBORN, Audience.PARTNERS_WELCOME),
					Set.of(Accessibility.STEP_FREE, Accessibility.TRANSIT));
		}

		/** The meeting of a new, unsaved group (whose id is not {@link #group}). */
		Meeting create() {
			return create(unsavedGroup());
		}

		Meeting create(OrganizationUnit unit) {
			return new Meeting(build(), unit);
		}

	}

}
