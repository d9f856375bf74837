package org.latch.helprequest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.latch.directory.UnitView;
import org.latch.platform.FormErrors;

/**
 * Checks the contact log's forms field by field, each problem a message key next to its
 * field. A date may be today anywhere on Earth (so a Leader ahead of UTC can log today)
 * and at most a year old.
 */
@Component
class ContactChecks {

	static final int MAX_ATTENDEES = 500;

	/** The earliest time zone: its date is the latest "today" anywhere. */
	private static final ZoneOffset EARLIEST = ZoneOffset.ofHours(14);

	private final Clock clock;

	ContactChecks(Clock clock) {
		this.clock = clock;
	}

	/** A contact ready to log. */
	record Contact(UnitView group, LocalDate date, ContactChannel channel, Set<Topic> topics) {
	}

	/** A meeting ready to record. */
	record Meeting(UnitView group, LocalDate date, int attendees) {
	}

	/** Today where the Leader is; UTC when their time zone is unknown. */
	LocalDate today(@Nullable ZoneId zone) {
		return LocalDate.now(this.clock.withZone(zone == null ? ZoneOffset.UTC : zone));
	}

	/** The latest date a Leader may log: today where it is already latest. */
	private LocalDate latest() {
		return LocalDate.now(this.clock.withZone(EARLIEST));
	}

	/** The earliest date a Leader may log: a year ago. */
	private LocalDate earliest() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC)).minusYears(1);
	}

	Optional<Contact> check(ContactForm form, List<UnitView> groups, FormErrors errors) {
		Optional<UnitView> group = group(form.group(), "group", groups, errors);
		Optional<LocalDate> date = date(form.date(), "date", errors);
		Optional<ContactChannel> channel = ContactChannel.offered()
			.stream()
			.filter(offered -> offered.name().equals(form.channel()))
			.findFirst();
		if (channel.isEmpty()) {
			errors.reject("channel", "validation.contacts.channel");
		}
		Set<Topic> topics = EnumSet.noneOf(Topic.class);
		for (String chosen : (form.topics() == null) ? List.<String>of() : form.topics()) {
			topic(chosen).ifPresentOrElse(topics::add, () -> errors.reject("topics", "validation.invalid"));
		}
		if (topics.isEmpty()) {
			errors.reject("topics", "validation.contacts.topics");
		}
		if (errors.any() || group.isEmpty() || date.isEmpty() || channel.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Contact(group.get(), date.get(), channel.get(), Set.copyOf(topics)));
	}

	Optional<Meeting> check(MeetingHeldForm form, List<UnitView> groups, FormErrors errors) {
		Optional<UnitView> group = group(form.meetingGroup(), "meetingGroup", groups, errors);
		Optional<LocalDate> date = date(form.meetingDate(), "meetingDate", errors);
		Integer attendees = number(form.attendees());
		if (attendees == null || attendees < 0 || attendees > MAX_ATTENDEES) {
			errors.reject("attendees", "validation.contacts.attendees");
		}
		if (errors.any() || group.isEmpty() || date.isEmpty() || attendees == null) {
			return Optional.empty();
		}
		return Optional.of(new Meeting(group.get(), date.get(), attendees));
	}

	/** One of the Leader's groups by id; none sent means the first. */
	private static Optional<UnitView> group(@Nullable String id, String field, List<UnitView> groups,
			FormErrors errors) {
		if (id == null || id.isEmpty()) {
			return groups.stream().findFirst();
		}
		Optional<UnitView> chosen = groups.stream().filter(group -> group.id().toString().equals(id)).findFirst();
		if (chosen.isEmpty()) {
			errors.reject(field, "validation.contacts.group");
		}
		return chosen;
	}

	private Optional<LocalDate> date(@Nullable String text, String field, FormErrors errors) {
		LocalDate date;
		try {
			date = LocalDate.parse((text == null) ? "" : text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.reject(field, "validation.contacts.date");
			return Optional.empty();
		}
		if (date.isAfter(latest())) {
			errors.reject(field, "validation.contacts.date-future");
			return Optional.empty();
		}
		if (date.isBefore(earliest())) {
			errors.reject(field, "validation.contacts.date-old");
			return Optional.empty();
		}
		return Optional.of(date);
	}

	private static Optional<Topic> topic(String name) {
		for (Topic topic : Topic.values()) {
			if (topic.name().equals(name)) {
				return Optional.of(topic);
			}
		}
		return Optional.empty();
	}

	private static @Nullable Integer number(@Nullable String text) {
		String digits = (text == null) ? "" : text.strip();
		return digits.matches("[0-9]{1,4}") ? Integer.valueOf(digits) : null;
	}

}
