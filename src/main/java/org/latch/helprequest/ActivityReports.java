package org.latch.helprequest;

import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activity reports computed from the contact log (decision 22): per month, meetings held
 * and attendees, contacts by channel, and topics once per contact.
 */
@Service
class ActivityReports {

	/** Stands for "no such id" in a query's id lists, which may not be empty. */
	private static final UUID NONE = new UUID(0, 0);

	private final HelpContactRepository contacts;

	private final MeetingHeldRepository meetings;

	ActivityReports(HelpContactRepository contacts, MeetingHeldRepository meetings) {
		this.contacts = contacts;
		this.meetings = meetings;
	}

	@Transactional(readOnly = true)
	ActivityReport report(ReportScope scope, ReportPeriod period) {
		UUID leader = (scope.leader() == null) ? NONE : scope.leader();
		Map<YearMonth, Month> months = new HashMap<>();
		for (YearMonth month : period.monthsCovered()) {
			months.put(month, new Month());
		}
		for (ContactTally tally : this.contacts.tally(period.from(), period.until(), leader, ids(scope.groups()),
				ids(scope.areas()))) {
			Month month = months.get(YearMonth.from(tally.day()));
			month.contacts.merge(tally.channel(), tally.contacts(), Long::sum);
			for (Topic topic : HelpContact.split(tally.topics())) {
				month.topics.merge(topic, tally.contacts(), Long::sum);
			}
		}
		for (MeetingTally tally : this.meetings.tally(period.from(), period.until(), leader, ids(scope.groups()),
				ids(scope.areas()))) {
			Month month = months.get(YearMonth.from(tally.day()));
			month.meetings += tally.meetings();
			month.attendees += tally.attendees();
		}
		List<ActivityRow> rows = period.monthsCovered().stream().map(month -> months.get(month).row(month)).toList();
		return new ActivityReport(scope, period, rows, ActivityRow.sum(rows));
	}

	private static Collection<UUID> ids(Set<UUID> ids) {
		return ids.isEmpty() ? Set.of(NONE) : ids;
	}

	/** A month's counts while they are added up. */
	private static final class Month {

		private long meetings;

		private long attendees;

		private final Map<ContactChannel, Long> contacts = new EnumMap<>(ContactChannel.class);

		private final Map<Topic, Long> topics = new EnumMap<>(Topic.class);

		ActivityRow row(YearMonth month) {
			return new ActivityRow(month, this.meetings, this.attendees, this.contacts, this.topics);
		}

	}

}
