package org.latch.directory;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * The find form's meeting filters as index terms. A meeting held on Tuesdays and
 * Thursdays in the evening for newborns gives "TUESDAY|EVENING|NEWBORN",
 * "TUESDAY|EVENING|*", "TUESDAY|*|NEWBORN", "*|EVENING|NEWBORN" and so on ({@code *}:
 * any). A search for "Tuesday or Wednesday, evening" asks for "TUESDAY|EVENING|*" or
 * "WEDNESDAY|EVENING|*": one term query on the group instead of a join over its meetings,
 * and still only a meeting that is on one of those days and in the evening matches.
 */
final class MeetingSlots {

	static final String ANY = "*";

	private MeetingSlots() {
	}

	/** Every key one meeting satisfies. */
	static List<String> of(List<String> days, String timeOfDay, List<String> audiences) {
		List<String> dayChoices = with(days);
		List<String> timeChoices = List.of(timeOfDay, ANY);
		List<String> audienceChoices = with(audiences);
		List<String> keys = new ArrayList<>(dayChoices.size() * 2 * audienceChoices.size());
		for (String day : dayChoices) {
			for (String time : timeChoices) {
				for (String audience : audienceChoices) {
					keys.add(key(day, time, audience));
				}
			}
		}
		return keys;
	}

	/** The slot terms a search's day, time of day and audience want. */
	static List<String> wanted(FindQuery query) {
		return wanted(query.days().stream().map(DayOfWeek::name).toList(),
				(query.timeOfDay() == null) ? null : query.timeOfDay().name(),
				(query.audience() == null) ? null : query.audience().name());
	}

	static List<String> wanted(List<String> days, @Nullable String timeOfDay, @Nullable String audience) {
		String time = (timeOfDay == null) ? ANY : timeOfDay;
		String who = (audience == null) ? ANY : audience;
		return days.isEmpty() ? List.of(key(ANY, time, who)) : days.stream().map(day -> key(day, time, who)).toList();
	}

	/**
	 * The point field holding the places of the groups meeting in person on that day
	 * ({@link DayOfWeek} name) at that time of day ({@link TimeOfDay} name).
	 */
	static String pointField(String day, String timeOfDay) {
		return GroupSearch.MEETS_AT + "_" + day.toLowerCase(Locale.ROOT) + "_" + timeOfDay.toLowerCase(Locale.ROOT);
	}

	/**
	 * The point fields whose groups together are those meeting on one of the search's
	 * days at its time of day (any day, any time where it names none); empty when it
	 * names neither. Its audience is not in them.
	 */
	static List<String> pointFields(FindQuery query) {
		if (query.days().isEmpty() && query.timeOfDay() == null) {
			return List.of();
		}
		Collection<DayOfWeek> days = query.days().isEmpty() ? List.of(DayOfWeek.values()) : new TreeSet<>(query.days());
		List<TimeOfDay> times = (query.timeOfDay() == null) ? List.of(TimeOfDay.values()) : List.of(query.timeOfDay());
		return pointFields(days, times);
	}

	/** The point fields of each of the days at each of the times of day. */
	static List<String> pointFields(Collection<DayOfWeek> days, Collection<TimeOfDay> times) {
		List<String> fields = new ArrayList<>(days.size() * times.size());
		for (DayOfWeek day : days) {
			for (TimeOfDay time : times) {
				fields.add(pointField(day.name(), time.name()));
			}
		}
		return fields;
	}

	private static List<String> with(List<String> values) {
		List<String> choices = new ArrayList<>(values);
		choices.add(ANY);
		return choices;
	}

	private static String key(String day, String time, String audience) {
		return day + "|" + time + "|" + audience;
	}

}
