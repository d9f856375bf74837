package org.latch.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.latch.directory.Accessibility;
import org.latch.directory.Audience;
import org.latch.directory.MeetingFormat;
import org.latch.directory.NewMeeting;
import org.latch.directory.UnitId;

/**
 * The demo groups' meetings, chosen from each group's position in {@code network.csv} so
 * that every run schedules the same ones: a monthly meeting on an nth weekday for groups
 * that meet in person (every third one adds an evening meeting for working parents), a
 * weekly evening meeting for online groups, and a few meetings moved a week earlier in
 * December.
 */
final class DemoMeetings {

	static final LocalDate FIRST_DATE = LocalDate.of(2026, 1, 1);

	private static final DayOfWeek[] DAYS = { DayOfWeek.TUESDAY, DayOfWeek.SATURDAY, DayOfWeek.WEDNESDAY,
			DayOfWeek.THURSDAY, DayOfWeek.MONDAY, DayOfWeek.FRIDAY };

	private static final DayOfWeek[] ONLINE_DAYS = { DayOfWeek.WEDNESDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY };

	private static final List<Set<Audience>> AUDIENCES = List.of(Set.of(), Set.of(Audience.NEWBORN),
			Set.of(Audience.PARTNERS_WELCOME), Set.of(Audience.EXPECTING, Audience.NEWBORN), Set.of(),
			Set.of(Audience.NICU_PRETERM), Set.of(Audience.LGBTQ_FAMILIES, Audience.PARTNERS_WELCOME),
			Set.of(Audience.TODDLER), Set.of(Audience.MULTIPLES, Audience.NEWBORN));

	private static final List<Set<Accessibility>> ACCESS = List.of(
			Set.of(Accessibility.STEP_FREE, Accessibility.PARKING),
			Set.of(Accessibility.TRANSIT, Accessibility.CHILD_FRIENDLY),
			Set.of(Accessibility.STEP_FREE, Accessibility.TRANSIT, Accessibility.CHILD_FRIENDLY),
			Set.of(Accessibility.PARKING), Set.of(Accessibility.CHILD_FRIENDLY, Accessibility.PARKING), Set.of());

	private static final Map<String, String> EVENING_TITLES = Map.of("en", "Evening circle for working parents", "es",
			"Círculo nocturno para madres y padres que trabajan", "pt-BR",
			"Roda noturna para mães e pais que trabalham", "fr", "Cercle du soir pour parents qui travaillent", "ht",
			"Sèk aswè pou paran k ap travay");

	private DemoMeetings() {
	}

	/** The meetings of the {@code index}th group (from 0) of the demo network. */
	static List<DemoMeeting> of(int index, UnitId group, boolean online, List<String> languages, String zone) {
		List<DemoMeeting> meetings = new ArrayList<>();
		if (online) {
			DayOfWeek day = ONLINE_DAYS[index % ONLINE_DAYS.length];
			meetings.add(new DemoMeeting(new NewMeeting(group, null, "FREQ=WEEKLY;BYDAY=" + code(day), FIRST_DATE,
					LocalTime.of(19, 0), Duration.ofMinutes(60), zone, MeetingFormat.ONLINE, languages,
					AUDIENCES.get(index % AUDIENCES.size()), Set.of()), null));
			return meetings;
		}
		int week = 1 + index % 4;
		DayOfWeek day = DAYS[(index / 4 + index) % DAYS.length];
		LocalTime time = (day == DayOfWeek.SATURDAY || index % 2 == 0) ? LocalTime.of(10, 0) : LocalTime.of(18, 30);
		MeetingFormat format = (index % 5 == 2) ? MeetingFormat.HYBRID : MeetingFormat.IN_PERSON;
		LocalDate moved = (index % 20 == 5) ? nth(2026, 12, week, day) : null;
		meetings.add(new DemoMeeting(
				new NewMeeting(group, null, monthly(week, day), FIRST_DATE, time, Duration.ofMinutes(90), zone, format,
						languages, AUDIENCES.get(index % AUDIENCES.size()), ACCESS.get((index * 7) % ACCESS.size())),
				moved));
		if (index % 3 == 0) {
			int eveningWeek = 1 + (week + 1) % 4;
			DayOfWeek eveningDay = (day == DayOfWeek.THURSDAY) ? DayOfWeek.TUESDAY : DayOfWeek.THURSDAY;
			String title = EVENING_TITLES.getOrDefault(languages.getFirst(), EVENING_TITLES.get("en"));
			meetings.add(new DemoMeeting(new NewMeeting(group, title, monthly(eveningWeek, eveningDay), FIRST_DATE,
					LocalTime.of(19, 0), Duration.ofMinutes(90), zone, MeetingFormat.HYBRID, languages,
					EnumSet.of(Audience.WORKING_PARENTS, Audience.PARTNERS_WELCOME),
					ACCESS.get((index * 7 + 1) % ACCESS.size())), null));
		}
		return meetings;
	}

	private static String monthly(int week, DayOfWeek day) {
		return "FREQ=MONTHLY;BYDAY=" + week + code(day);
	}

	private static String code(DayOfWeek day) {
		return day.name().substring(0, 2);
	}

	private static LocalDate nth(int year, int month, int week, DayOfWeek day) {
		return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(week, day));
	}

	/**
	 * A meeting to schedule.
	 *
	 * @param moved a date whose meeting moves a week earlier (for the holidays)
	 */
	record DemoMeeting(NewMeeting meeting, @Nullable LocalDate moved) {

	}

}
