package org.latch.helprequest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.account.Person;
import org.latch.directory.UnitView;

/**
 * The help Leaders give, counted (decision 22): one entry per conversation, whatever its
 * topics, in the group the Leader chose and that group's area; meetings held with their
 * number of attendees; and the one contact Latch itself counts when a Leader first
 * answers a help request here.
 */
@Service
class ContactLog {

	private static final int RECENT = 20;

	private final HelpContactRepository contacts;

	private final MeetingHeldRepository meetings;

	private final LeaderUnits units;

	private final Clock clock;

	ContactLog(HelpContactRepository contacts, MeetingHeldRepository meetings, LeaderUnits units, Clock clock) {
		this.contacts = contacts;
		this.meetings = meetings;
		this.units = units;
		this.clock = clock;
	}

	/** Logs a contact in the first group the Leader leads by name. */
	@Transactional
	UUID log(Person leader, LocalDate date, ContactChannel channel, Set<Topic> topics) {
		return log(leader, firstGroup(leader), date, channel, topics);
	}

	/** Logs a contact in {@code group}, which the Leader leads. */
	@Transactional
	UUID log(Person leader, UnitView group, LocalDate date, ContactChannel channel, Set<Topic> topics) {
		if (channel == ContactChannel.LATCH || topics.isEmpty()) {
			throw new IllegalArgumentException("Leaders log other channels, with at least one topic");
		}
		HelpContact contact = new HelpContact(leader.id(), led(leader, group), date, channel, topics, now());
		return this.contacts.save(contact).getId();
	}

	/** Records that the Leader held a meeting of {@code group} and how many came. */
	@Transactional
	UUID recordMeeting(Person leader, UnitView group, LocalDate date, int attendees) {
		if (attendees < 0) {
			throw new IllegalArgumentException("attendees are counted from zero");
		}
		return this.meetings.save(new MeetingHeld(leader.id(), led(leader, group), date, attendees, now())).getId();
	}

	/**
	 * Counts one contact on the LATCH channel: called once per help request, when a
	 * Leader first answers it in Latch. It counts in the first group the Leader leads by
	 * name and that group's area (or, for an administrator leading no group, in the area
	 * of the first unit they administer).
	 */
	@Transactional
	void countAnswered(UUID leaderId, LocalDate day, Collection<Topic> topics) {
		Set<Topic> counted = topics.isEmpty() ? Set.of() : EnumSet.copyOf(topics);
		this.contacts
			.save(new HelpContact(leaderId, this.units.countedIn(leaderId), day, ContactChannel.LATCH, counted, now()));
	}

	/**
	 * Deletes a contact the Leader logged this month (by the date it was recorded); false
	 * when there is no such entry of theirs, it was counted by Latch, or the month is
	 * over.
	 */
	@Transactional
	boolean undoContact(Person leader, UUID id) {
		return undo(this.contacts, leader, id);
	}

	/** Deletes a meeting the Leader recorded this month, as {@link #undoContact}. */
	@Transactional
	boolean undoMeeting(Person leader, UUID id) {
		return undo(this.meetings, leader, id);
	}

	/** The Leader's latest entries, newest first. */
	@Transactional(readOnly = true)
	List<LoggedEntry> recent(Person leader) {
		Stream<LoggedEntry> logged = this.contacts.findTop20ByLeaderIdOrderByRecordedAtDesc(leader.id())
			.stream()
			.map(contact -> LoggedEntry.of(contact, undoable(contact)));
		Stream<LoggedEntry> held = this.meetings.findTop20ByLeaderIdOrderByRecordedAtDesc(leader.id())
			.stream()
			.map(meeting -> LoggedEntry.of(meeting, undoable(meeting)));
		return Stream.concat(logged, held)
			.sorted(Comparator.comparing(LoggedEntry::recordedAt).reversed())
			.limit(RECENT)
			.toList();
	}

	private <T extends ContactLogEntry> boolean undo(JpaRepository<T, UUID> entries, Person leader, UUID id) {
		Optional<T> entry = entries.findById(id).filter(found -> undoable(leader, found));
		entry.ifPresent(entries::delete);
		return entry.isPresent();
	}

	/** The Leader's own entry, recorded this month, and not Latch's count. */
	private boolean undoable(Person leader, ContactLogEntry entry) {
		return entry.leaderId().equals(leader.id()) && undoable(entry);
	}

	private boolean undoable(ContactLogEntry entry) {
		return !(entry instanceof HelpContact contact && contact.channel() == ContactChannel.LATCH)
				&& YearMonth.from(entry.recordedAt().atOffset(ZoneOffset.UTC)).equals(YearMonth.now(this.clock));
	}

	private CountedIn led(Person leader, UnitView group) {
		if (!this.units.steward(leader.email()).leads().contains(group.id())) {
			throw new IllegalArgumentException("a Leader logs help only for a group they lead");
		}
		return this.units.countedIn(group);
	}

	private UnitView firstGroup(Person leader) {
		List<UnitView> groups = this.units.groupsLedBy(leader.email());
		if (groups.isEmpty()) {
			throw new IllegalArgumentException("only Leaders of a group log contacts");
		}
		return groups.getFirst();
	}

	private Instant now() {
		return this.clock.instant();
	}

}
