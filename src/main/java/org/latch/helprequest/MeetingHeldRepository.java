package org.latch.helprequest;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeetingHeldRepository extends JpaRepository<MeetingHeld, UUID> {

	List<MeetingHeld> findTop20ByLeaderIdOrderByRecordedAtDesc(UUID leaderId);

	/** Meetings held in the period, chosen as in {@link HelpContactRepository#tally}. */
	@Query("""
			select new org.latch.helprequest.MeetingTally(m.meetingDate, count(m), sum(m.attendees))
			from MeetingHeld m
			where m.meetingDate >= :from and m.meetingDate < :until
			  and (m.leaderId = :leader or m.groupId in :groups or m.areaId in :areas)
			group by m.meetingDate""")
	List<MeetingTally> tally(@Param("from") LocalDate from, @Param("until") LocalDate until,
			@Param("leader") UUID leader, @Param("groups") Collection<UUID> groups,
			@Param("areas") Collection<UUID> areas);

}
