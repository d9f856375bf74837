package org.latch.helprequest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The contact log's three taps as sent, every value text until checked
 * ({@link ContactChecks}); {@code group} only when the Leader leads several groups.
 */
record ContactForm(@Nullable String date, @Nullable String channel, @Nullable List<String> topics,
		@Nullable String group) {

	static ContactForm empty(String today, String group) {
		return new ContactForm(today, null, List.of(), group);
	}

	boolean has(Topic topic) {
		return this.topics != null && this.topics.contains(topic.name());
	}

	boolean is(ContactChannel chosen) {
		return chosen.name().equals(this.channel);
	}

	/**
	 * The date as sent when it is one an {@code input type=date} can hold, else empty.
	 */
	String dateValue() {
		return wellFormedDate(this.date);
	}

	static String wellFormedDate(@Nullable String value) {
		if (value == null || !value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
			return "";
		}
		try {
			return LocalDate.parse(value).toString();
		}
		catch (DateTimeParseException ex) {
			return "";
		}
	}

}
