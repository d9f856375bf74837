package org.latch.helprequest;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One line of an activity report, in the shape Areas report: meetings held, attendees,
 * helping contacts by channel and their total, and how many contacts touched each topic.
 *
 * @param month the month, or null for the total of several months
 */
record ActivityRow(@Nullable YearMonth month, long meetings, long attendees, Map<ContactChannel, Long> contacts,
		Map<Topic, Long> topics) {

	ActivityRow {
		contacts = Map.copyOf(contacts);
		topics = Map.copyOf(topics);
	}

	long contacts(ContactChannel channel) {
		return this.contacts.getOrDefault(channel, 0L);
	}

	long topic(Topic topic) {
		return this.topics.getOrDefault(topic, 0L);
	}

	/** Every helping contact, each counted once whatever its topics. */
	long totalContacts() {
		return this.contacts.values().stream().mapToLong(Long::longValue).sum();
	}

	/** The month in words, such as "November 2026"; empty for a total. */
	String label(Locale locale) {
		return (this.month == null) ? "" : this.month.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
	}

	/** The rows added up: a year is the sum of its months. */
	static ActivityRow sum(Collection<ActivityRow> rows) {
		long meetings = 0;
		long attendees = 0;
		Map<ContactChannel, Long> contacts = new EnumMap<>(ContactChannel.class);
		Map<Topic, Long> topics = new EnumMap<>(Topic.class);
		for (ActivityRow row : rows) {
			meetings += row.meetings();
			attendees += row.attendees();
			row.contacts().forEach((channel, count) -> contacts.merge(channel, count, Long::sum));
			row.topics().forEach((topic, count) -> topics.merge(topic, count, Long::sum));
		}
		return new ActivityRow(null, meetings, attendees, contacts, topics);
	}

}
