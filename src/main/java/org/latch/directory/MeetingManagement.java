package org.latch.directory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar's facade: groups' recurring meetings and their occurrences. Occurrences
 * are given in the group's time zone; convert them with {@link Occurrence#seenFrom} for a
 * visitor.
 */
@Service
public class MeetingManagement {

	private final MeetingRepository meetings;

	private final DirectoryManagement directory;

	private final OrganizationUnitRepository units;

	MeetingManagement(MeetingRepository meetings, DirectoryManagement directory, OrganizationUnitRepository units) {
		this.meetings = meetings;
		this.directory = directory;
		this.units = units;
	}

	/**
	 * @throws UnitNotFound when the group does not exist
	 * @throws InvalidMeeting when the unit is not a group or the meeting is invalid
	 */
	@Transactional
	public MeetingId schedule(NewMeeting meeting) {
		UnitView group = this.directory.find(meeting.group()).orElseThrow(() -> new UnitNotFound(meeting.group()));
		if (group.kind() != UnitKind.GROUP) {
			throw new InvalidMeeting("group", "validation.meeting.group", group.kind() + " " + group.id());
		}
		OrganizationUnit unit = this.units.getReferenceById(group.id().value());
		Meeting scheduled = new Meeting(meeting, unit);
		unit.add(scheduled);
		return new MeetingId(this.meetings.save(scheduled).getId());
	}

	/**
	 * Cancels the meeting held on a date (in the group's zone).
	 * @throws InvalidMeeting when no meeting takes place that day
	 */
	@Transactional
	public void cancel(MeetingId meeting, LocalDate date) {
		load(meeting).cancel(date);
	}

	/** Adds a one-off date at a wall-clock time in the group's zone. */
	@Transactional
	public void addExtraDate(MeetingId meeting, LocalDate date, LocalTime time) {
		load(meeting).addExtraDate(date, time);
	}

	@Transactional(readOnly = true)
	public Optional<MeetingView> find(MeetingId meeting) {
		return this.meetings.findById(meeting.value()).map(Meeting::view);
	}

	/** The group's meetings, oldest first. */
	@Transactional(readOnly = true)
	public List<MeetingView> meetingsOf(UnitId group) {
		return ofGroup(group).stream().map(Meeting::view).toList();
	}

	/**
	 * The group's next occurrences across all its meetings, not yet over at {@code from},
	 * chronological, at most {@code limit}.
	 */
	@Transactional(readOnly = true)
	public List<Occurrence> nextOccurrences(UnitId group, ZonedDateTime from, int limit) {
		return ofGroup(group).stream()
			.flatMap(meeting -> meeting.next(from, limit).stream())
			.sorted(Occurrence.CHRONOLOGICAL)
			.limit(Math.max(limit, 0))
			.toList();
	}

	/** The group's occurrences overlapping {@code [from, to)}, chronological. */
	@Transactional(readOnly = true)
	public List<Occurrence> occurrences(UnitId group, ZonedDateTime from, ZonedDateTime to) {
		return ofGroup(group).stream()
			.flatMap(meeting -> meeting.between(from, to).stream())
			.sorted(Occurrence.CHRONOLOGICAL)
			.toList();
	}

	private List<Meeting> ofGroup(UnitId group) {
		return this.meetings.findByGroupIdOrderByCreatedAtAscIdAsc(group.value());
	}

	private Meeting load(MeetingId meeting) {
		return this.meetings.findById(meeting.value()).orElseThrow(() -> new MeetingNotFound(meeting));
	}

	/**
	 * Replaces a meeting's schedule and attributes; it stays with its group, and keeps
	 * its cancelled and extra dates.
	 * @throws MeetingNotFound when there is no such meeting
	 * @throws InvalidMeeting when the new values are invalid or name another group
	 */
	@Transactional
	public void update(MeetingId meeting, NewMeeting values) {
		Meeting saved = load(meeting);
		if (!saved.view().group().equals(values.group())) {
			throw new InvalidMeeting("group", "validation.meeting.group", "meetings do not move between groups");
		}
		saved.revise(values);
	}

	/** Removes a meeting with its cancellations and extra dates. */
	@Transactional
	public void delete(MeetingId meeting) {
		Meeting deleted = load(meeting);
		this.units.getReferenceById(deleted.groupId()).meetings().remove(deleted);
		this.meetings.delete(deleted);
	}

}
