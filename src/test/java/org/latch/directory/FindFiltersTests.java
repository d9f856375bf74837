package org.latch.directory;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.latch.LatchWebTest;
import org.latch.geo.GeoPoint;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Families narrow the search to when they can come and who the meeting is for: a day, a
 * time of day and an audience must hold for one and the same meeting; an organization
 * keeps its own groups; online groups in the visitor's time zone come first.
 */
@LatchWebTest
class FindFiltersTests {

	static final GeoPoint BOSTON = new GeoPoint(42.3601, -71.0589);

	@Autowired
	DirectoryManagement directory;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	String tag;

	@BeforeEach
	void uniqueWord() {
		this.tag = "f" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	@Test
	void dayTimeAndAudienceMustMatchTheSameMeeting() {
		UnitId mixed = group("Mixed", null);
		meet(mixed, "FREQ=MONTHLY;BYDAY=2TU", LocalTime.of(10, 0), "America/New_York", Set.of(Audience.NEWBORN));
		meet(mixed, "FREQ=WEEKLY;BYDAY=TH", LocalTime.of(19, 0), "America/New_York", Set.of(Audience.WORKING_PARENTS));
		UnitId evenings = group("Evenings", null);
		meet(evenings, "FREQ=WEEKLY;BYDAY=TU", LocalTime.of(18, 30), "America/New_York",
				Set.of(Audience.WORKING_PARENTS));

		assertThat(names(query(Set.of(DayOfWeek.TUESDAY), TimeOfDay.EVENING, null, null)))
			.containsExactly("Evenings " + this.tag);
		assertThat(names(query(Set.of(DayOfWeek.TUESDAY), null, null, null)))
			.containsExactlyInAnyOrder("Evenings " + this.tag, "Mixed " + this.tag);
		assertThat(names(query(Set.of(), TimeOfDay.EVENING, Audience.WORKING_PARENTS, null)))
			.containsExactlyInAnyOrder("Evenings " + this.tag, "Mixed " + this.tag);
		assertThat(names(query(Set.of(DayOfWeek.TUESDAY), null, Audience.WORKING_PARENTS, null)))
			.containsExactly("Evenings " + this.tag);
		assertThat(names(query(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), TimeOfDay.MORNING, null, null))).isEmpty();
	}

	@Test
	void aMeetingMovedToAnotherDayAndTimeIsFoundThereAtOnceAndNoLongerWhereItWas() {
		UnitId group = group("Moving", null);
		MeetingId meeting = this.meetings.schedule(new NewMeeting(group, null, "FREQ=WEEKLY;BYDAY=TU",
				LocalDate.now().minusDays(3), LocalTime.of(10, 0), Duration.ofMinutes(90), "America/New_York",
				MeetingFormat.IN_PERSON, List.of("en"), Set.of(), Set.of()));
		assertThat(names(query(Set.of(DayOfWeek.TUESDAY), TimeOfDay.MORNING, null, null)))
			.containsExactly("Moving " + this.tag);

		this.meetings.update(meeting,
				new NewMeeting(group, null, "FREQ=WEEKLY;BYDAY=TH", LocalDate.now().minusDays(3), LocalTime.of(19, 0),
						Duration.ofMinutes(90), "America/New_York", MeetingFormat.IN_PERSON, List.of("en"), Set.of(),
						Set.of()));

		assertThat(names(query(Set.of(DayOfWeek.TUESDAY), TimeOfDay.MORNING, null, null))).isEmpty();
		assertThat(names(query(Set.of(DayOfWeek.TUESDAY), null, null, null))).isEmpty();
		assertThat(names(query(Set.of(DayOfWeek.THURSDAY), TimeOfDay.EVENING, null, null)))
			.containsExactly("Moving " + this.tag);
		assertThat(names(query(Set.of(), TimeOfDay.EVENING, null, null))).containsExactly("Moving " + this.tag);

		this.meetings.delete(meeting);

		assertThat(names(query(Set.of(DayOfWeek.THURSDAY), TimeOfDay.EVENING, null, null))).isEmpty();
		assertThat(names(query(Set.of(), null, null, null))).containsExactly("Moving " + this.tag);
	}

	@Test
	void theNextMeetingShownFollowsCancellationsExtraDatesChangesAndDeletion() {
		UnitId group = group("Changing", null);
		ZoneId newYork = ZoneId.of("America/New_York");
		MeetingId weekly = this.meetings.schedule(new NewMeeting(group, null, "FREQ=WEEKLY;BYDAY=WE",
				LocalDate.now().minusDays(3), LocalTime.of(10, 0), Duration.ofMinutes(90), "America/New_York",
				MeetingFormat.IN_PERSON, List.of("en"), Set.of(), Set.of()));
		List<Occurrence> coming = this.meetings.nextOccurrences(group, java.time.ZonedDateTime.now(newYork), 2);
		assertThat(nextShown()).isEqualTo(coming.get(0).start().toInstant());

		this.meetings.cancel(weekly, coming.get(0).start().toLocalDate());
		assertThat(nextShown()).isEqualTo(coming.get(1).start().toInstant());

		LocalDate extra = coming.get(0).start().toLocalDate().plusDays(1);
		this.meetings.addExtraDate(weekly, extra, LocalTime.of(9, 0));
		assertThat(nextShown()).isEqualTo(extra.atTime(9, 0).atZone(newYork).toInstant());

		this.meetings.update(weekly,
				new NewMeeting(group, null, "FREQ=DAILY", LocalDate.now().plusDays(1), LocalTime.of(8, 0),
						Duration.ofMinutes(60), "America/New_York", MeetingFormat.IN_PERSON, List.of("en"), Set.of(),
						Set.of()));
		// The new rule starts tomorrow; the update keeps the cancelled date (see
		// MeetingManagement.update), which is tomorrow when today is a Tuesday.
		LocalDate cancelled = coming.get(0).start().toLocalDate();
		LocalDate firstDaily = LocalDate.now().plusDays(1).equals(cancelled) ? cancelled.plusDays(1)
				: LocalDate.now().plusDays(1);
		assertThat(nextShown()).isEqualTo(firstDaily.atTime(8, 0).atZone(newYork).toInstant());

		this.meetings.delete(weekly);
		assertThat(query(Set.of(), null, null, null).inPerson()).singleElement().extracting(FoundGroup::next).isNull();
	}

	@Test
	void aGroupEditedByItsStewardIsFoundUnderItsNewNameAtOnce(@Autowired GroupEditing editing) {
		UnitId group = group("Before", null);
		assertThat(names(query(Set.of(), null, null, null))).containsExactly("Before " + this.tag);

		Reach everywhere = new Reach(true, Set.of(), List.of());
		GroupInput before = editing.input(everywhere, group.value());
		editing.update(everywhere, group.value(),
				new GroupInput("After " + this.tag, before.country(), before.region(), before.city(), before.latitude(),
						before.longitude(), before.online(), before.languages(), before.profile()));

		assertThat(names(query(Set.of(), null, null, null))).containsExactly("After " + this.tag);
	}

	private java.time.Instant nextShown() {
		return query(Set.of(), null, null, null).inPerson().getFirst().next().start().toInstant();
	}

	@Test
	void eachResultShowsItsNextMeetingInTheVisitorsZone() throws Exception {
		UnitId group = group("Next", null);
		meet(group, "FREQ=WEEKLY;BYDAY=TU", LocalTime.of(10, 0), "America/New_York", Set.of());
		java.time.ZonedDateTime next = this.meetings
			.nextOccurrences(group, java.time.ZonedDateTime.now(ZoneId.of("America/New_York")), 1)
			.getFirst()
			.start();

		String page = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/find")
				.param("near", "Boston, MA")
				.param("q", this.tag)
				.param("lang", "en")
				.cookie(new jakarta.servlet.http.Cookie("latch-tz", "America/Los_Angeles")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Next meeting: ")
			.contains(next.withZoneSameInstant(ZoneId.of("America/Los_Angeles"))
				.format(java.time.format.DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT)
					.withLocale(java.util.Locale.ENGLISH)))
			.contains("Los Angeles");
	}

	@Test
	void anOrganizationKeepsOnlyTheGroupsBelowIt() {
		UnitId north = this.directory.add(new NewUnit(null, UnitKind.AREA, "north-" + this.tag, "North " + this.tag,
				"US", "MA", null, null, null, false, List.of("en")));
		UnitId inNorth = group("Inside", north);
		group("Outside", null);
		meet(inNorth, "FREQ=WEEKLY;BYDAY=MO", LocalTime.of(10, 0), "America/New_York", Set.of());

		assertThat(names(query(Set.of(), null, null, north))).containsExactly("Inside " + this.tag);
		assertThat(names(query(Set.of(), null, null, null))).hasSize(2);
	}

	@Test
	void onlineGroupsInTheVisitorsTimeZoneComeFirst() {
		UnitId paris = online("Paris evening");
		meet(paris, "FREQ=WEEKLY;BYDAY=WE", LocalTime.of(20, 0), "Europe/Paris", Set.of());
		UnitId chicago = online("Chicago evening");
		meet(chicago, "FREQ=WEEKLY;BYDAY=WE", LocalTime.of(20, 0), "America/Chicago", Set.of());

		assertThat(online(ZoneId.of("America/Denver"))).containsExactly("Chicago evening " + this.tag,
				"Paris evening " + this.tag);
		assertThat(online(ZoneId.of("Africa/Lagos"))).containsExactly("Paris evening " + this.tag,
				"Chicago evening " + this.tag);
	}

	@Test
	void onlineGroupsInTheVisitorsLanguageComeBeforeCloserTimeZones() {
		UnitId kreyol = this.directory.add(new NewUnit(null, UnitKind.GROUP, "kreyol-" + this.tag, "Kreyol " + this.tag,
				null, null, null, null, null, true, List.of("ht")));
		meet(kreyol, "FREQ=WEEKLY;BYDAY=SA", LocalTime.of(10, 0), "Europe/Paris", Set.of());
		UnitId english = online("English morning");
		meet(english, "FREQ=WEEKLY;BYDAY=SA", LocalTime.of(10, 0), "America/New_York", Set.of());

		List<String> creoleVisitor = this.directory
			.findGroups(new FindQuery(this.tag, null, 25, null, FindMode.ONLINE, 1, Set.of(), null, null, null,
					ZoneId.of("America/New_York"), "ht"))
			.online()
			.stream()
			.map(FoundGroup::name)
			.toList();
		assertThat(creoleVisitor).containsExactly("Kreyol " + this.tag, "English morning " + this.tag);
		assertThat(online(ZoneId.of("America/New_York"))).containsExactly("English morning " + this.tag,
				"Kreyol " + this.tag);
	}

	@Test
	void aPageOfOnlineGroupsFollowsLanguageThenZoneThenNameAcrossPages() {
		UnitId near = this.directory.add(new NewUnit(null, UnitKind.GROUP, "zz-ht-" + this.tag, "Zz Kreyol " + this.tag,
				null, null, null, null, null, true, List.of("ht")));
		meet(near, "FREQ=WEEKLY;BYDAY=MO", LocalTime.of(19, 0), "America/New_York", Set.of());
		for (String name : List.of("Kreyol Paris B", "Kreyol Paris A")) {
			UnitId group = this.directory
				.add(new NewUnit(null, UnitKind.GROUP, (name + "-" + this.tag).toLowerCase().replace(' ', '-'),
						name + " " + this.tag, null, null, null, null, null, true, List.of("ht", "fr")));
			meet(group, "FREQ=WEEKLY;BYDAY=TU", LocalTime.of(19, 0), "Europe/Paris", Set.of());
		}
		for (int i = 0; i < 3; i++) {
			meet(online("Chicago " + (char) ('C' - i)), "FREQ=WEEKLY;BYDAY=WE", LocalTime.of(19, 0), "America/Chicago",
					Set.of());
		}
		for (int i = 0; i < 22; i++) {
			meet(online(String.format("Paris %02d", 21 - i)), "FREQ=WEEKLY;BYDAY=TH", LocalTime.of(19, 0),
					"Europe/Paris", Set.of());
		}
		online("Aa without meetings");

		FindResults first = onlinePage(1);
		FindResults second = onlinePage(2);

		assertThat(first.onlineTotal()).isEqualTo(29);
		List<String> order = new java.util.ArrayList<>();
		first.online().forEach(group -> order.add(group.name().replace(" " + this.tag, "")));
		second.online().forEach(group -> order.add(group.name().replace(" " + this.tag, "")));
		List<String> expected = new java.util.ArrayList<>(
				List.of("Zz Kreyol", "Kreyol Paris A", "Kreyol Paris B", "Chicago A", "Chicago B", "Chicago C"));
		for (int i = 0; i < 22; i++) {
			expected.add(String.format("Paris %02d", i));
		}
		expected.add("Aa without meetings");
		assertThat(first.online()).hasSize(20);
		assertThat(order).as("the visitor's language, then the nearest zone, then names; no meeting last")
			.containsExactlyElementsOf(expected);
	}

	private FindResults onlinePage(int page) {
		return this.directory.findGroups(new FindQuery(this.tag, null, 25, null, FindMode.ONLINE, page, Set.of(), null,
				null, null, ZoneId.of("America/New_York"), "ht"));
	}

	private List<String> online(ZoneId visitor) {
		return this.directory
			.findGroups(new FindQuery(this.tag, null, 25, null, FindMode.ONLINE, 1, Set.of(), null, null, null, visitor,
					"en"))
			.online()
			.stream()
			.map(FoundGroup::name)
			.toList();
	}

	private FindResults query(Set<DayOfWeek> days, TimeOfDay time, Audience audience, UnitId within) {
		return this.directory.findGroups(new FindQuery(this.tag, BOSTON, 50, null, FindMode.IN_PERSON, 1, days, time,
				audience, within, null, null));
	}

	private static List<String> names(FindResults results) {
		return results.inPerson().stream().map(FoundGroup::name).toList();
	}

	private UnitId group(String name, UnitId parent) {
		return this.directory.add(new NewUnit(parent, UnitKind.GROUP, (name + "-" + this.tag).toLowerCase(),
				name + " " + this.tag, "US", "MA", "Boston", 42.35, -71.06, false, List.of("en")));
	}

	private UnitId online(String name) {
		return this.directory
			.add(new NewUnit(null, UnitKind.GROUP, (name + "-" + this.tag).toLowerCase().replace(' ', '-'),
					name + " " + this.tag, null, null, null, null, null, true, List.of("en")));
	}

	private void meet(UnitId group, String rule, LocalTime start, String zone, Set<Audience> audiences) {
		this.meetings.schedule(new NewMeeting(group, null, rule, LocalDate.now().minusDays(3), start,
				Duration.ofMinutes(90), zone, MeetingFormat.IN_PERSON, List.of("en"), audiences, Set.of()));
	}

}
