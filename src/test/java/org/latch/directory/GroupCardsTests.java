package org.latch.directory;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.latch.LatchWebTest;
import org.latch.geo.GeoPoint;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Results show what each group is now: a search answers from cards kept in memory
 * ({@link GroupCards}), and a committed change to a group or its meetings reaches the
 * very next search.
 */
@LatchWebTest
class GroupCardsTests {

	private static final Reach EVERYWHERE = new Reach(true, Set.of(), List.of());

	@Autowired
	DirectoryManagement directory;

	@Autowired
	GroupEditing editing;

	@Autowired
	MeetingManagement meetings;

	private final String tag = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	@Test
	void aRenamedGroupAndItsNewOrRemovedMeetingsShowInTheNextSearch() {
		UnitId lowell = this.directory.add(new NewUnit(null, UnitKind.GROUP, "lowell-" + this.tag, "Lowell " + this.tag,
				"US", null, "Lowell", 42.6334, -71.3162, false, List.of("en")));
		FoundGroup before = found();
		assertThat(before.name()).isEqualTo("Lowell " + this.tag);
		assertThat(before.next()).isNull();

		GroupInput input = this.editing.input(EVERYWHERE, lowell.value());
		this.editing.update(EVERYWHERE, lowell.value(),
				new GroupInput("Lowell Riverside " + this.tag, input.country(), input.region(), input.city(),
						input.latitude(), input.longitude(), input.online(), input.languages(), input.profile()));
		MeetingId evenings = this.meetings.schedule(new NewMeeting(lowell, "Evening circle", "FREQ=WEEKLY;BYDAY=TU",
				LocalDate.now(), LocalTime.of(19, 0), Duration.ofMinutes(90), "America/New_York",
				MeetingFormat.IN_PERSON, List.of("en"), Set.of(), Set.of()));

		FoundGroup renamed = found();
		assertThat(renamed.name()).isEqualTo("Lowell Riverside " + this.tag);
		assertThat(renamed.next()).isNotNull();
		assertThat(renamed.next().meeting()).isEqualTo(evenings);

		this.meetings.delete(evenings);

		assertThat(found().next()).isNull();
	}

	private FoundGroup found() {
		List<FoundGroup> groups = this.directory
			.findGroups(new FindQuery(this.tag, new GeoPoint(42.64, -71.31), 25, null, FindMode.IN_PERSON, 1))
			.inPerson();
		assertThat(groups).hasSize(1);
		return groups.getFirst();
	}

}
