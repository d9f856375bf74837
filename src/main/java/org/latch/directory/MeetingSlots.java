package org.latch.directory;

import java.util.ArrayList;
import java.util.List;

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

	/** The keys of which a meeting must have one to match the filters. */
	/** The slot terms a search's day, time of day and audience want. */
	static List<String> wanted(FindQuery query) {
		return wanted(query.days().stream().map(java.time.DayOfWeek::name).toList(),
				(query.timeOfDay() == null) ? null : query.timeOfDay().name(),
				(query.audience() == null) ? null : query.audience().name());
	}

	static List<String> wanted(List<String> days, @Nullable String timeOfDay, @Nullable String audience) {
		String time = (timeOfDay == null) ? ANY : timeOfDay;
		String who = (audience == null) ? ANY : audience;
		return days.isEmpty() ? List.of(key(ANY, time, who)) : days.stream().map(day -> key(day, time, who)).toList();
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
