package org.latch.helprequest;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HelpContactRepository extends JpaRepository<HelpContact, UUID> {

	List<HelpContact> findTop20ByLeaderIdOrderByRecordedAtDesc(UUID leaderId);

	/**
	 * Contacts from {@code from} until (excluding) {@code until} of a Leader, or counted
	 * in any of the groups, or in any of the areas; each contact once.
	 */
	@Query("""
			select new org.latch.helprequest.ContactTally(c.contactDate, c.channel, c.topics, count(c))
			from HelpContact c
			where c.contactDate >= :from and c.contactDate < :until
			  and (c.leaderId = :leader or c.groupId in :groups or c.areaId in :areas)
			group by c.contactDate, c.channel, c.topics""")
	List<ContactTally> tally(@Param("from") LocalDate from, @Param("until") LocalDate until,
			@Param("leader") UUID leader, @Param("groups") Collection<UUID> groups,
			@Param("areas") Collection<UUID> areas);

}
