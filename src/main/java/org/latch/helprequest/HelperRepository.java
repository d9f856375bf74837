package org.latch.helprequest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface HelperRepository extends JpaRepository<Helper, UUID> {

	/**
	 * Leaders accepting requests who speak the language (pattern {@code %,es,%}) and help
	 * from a place inside the box. This and {@link #online} answer copies that are not
	 * managed (routing reads thousands and changes none): never save them.
	 */
	@Query("""
			select new org.latch.helprequest.Helper(h.personId, h.email, h.displayName, h.mailLanguage, h.languages, h.latitude, h.longitude,
			h.areaId, h.accepting, h.takesOnline, h.reachKm, h.monthlyCap, h.weekdays, h.awayUntil, h.timeZone,
			h.openCount, h.monthCount, h.monthStart)
			from Helper h where h.accepting = true and h.languages like :language and h.latitude between :south and :north and h.longitude between :west and :east
			""")
	List<Helper> acceptingInBox(String language, double south, double north, double west, double east);

	/**
	 * Leaders accepting requests who speak the language and answer online requests, least
	 * busy first (then by id, in the database's order), from those after the given load
	 * and id on: one page at a time, read from the index {@code help_helper_online}.
	 */
	@Query("""
			select new org.latch.helprequest.Helper(h.personId, h.email, h.displayName, h.mailLanguage, h.languages, h.latitude, h.longitude,
			h.areaId, h.accepting, h.takesOnline, h.reachKm, h.monthlyCap, h.weekdays, h.awayUntil, h.timeZone,
			h.openCount, h.monthCount, h.monthStart)
			from Helper h where h.takesOnline = true and h.accepting = true and h.languages like :language
			and (h.openCount > :load or (h.openCount = :load and h.personId > :after)) order by h.openCount, h.personId
			""")
	List<Helper> onlineByLoad(String language, int load, UUID after, Limit limit);

	/**
	 * Leaders accepting requests who speak the language, answer online requests and help
	 * from a place inside the box.
	 */
	@Query("""
			select new org.latch.helprequest.Helper(h.personId, h.email, h.displayName, h.mailLanguage, h.languages, h.latitude, h.longitude,
			h.areaId, h.accepting, h.takesOnline, h.reachKm, h.monthlyCap, h.weekdays, h.awayUntil, h.timeZone,
			h.openCount, h.monthCount, h.monthStart)
			from Helper h where h.accepting = true and h.takesOnline = true and h.languages like :language
			and h.latitude between :south and :north and h.longitude between :west and :east
			""")
	List<Helper> onlineInBox(String language, double south, double north, double west, double east);

	/** Leaders accepting requests who speak the language and answer online requests. */
	@Query("""
			select new org.latch.helprequest.Helper(h.personId, h.email, h.displayName, h.mailLanguage, h.languages, h.latitude, h.longitude,
			h.areaId, h.accepting, h.takesOnline, h.reachKm, h.monthlyCap, h.weekdays, h.awayUntil, h.timeZone,
			h.openCount, h.monthCount, h.monthStart)
			from Helper h where h.accepting = true and h.takesOnline = true and h.languages like :language
			""")
	List<Helper> online(String language);

	/** Every Leader helping from a place inside the box, accepting requests or not. */
	@Query("select h from Helper h where h.latitude between :south and :north and h.longitude between :west and :east")
	List<Helper> placedWithin(double south, double north, double west, double east);

	/**
	 * Locks the Leaders' rows until the transaction ends, in the database's order of ids.
	 */
	@Query(value = "select person_id from help_helper where person_id in (:ids) order by person_id for update",
			nativeQuery = true)
	List<Object> lockAll(Collection<UUID> ids);

	/**
	 * Counts again, from the requests, how many the Leaders are answering and how many
	 * they took since {@code monthStart}.
	 */
	@Modifying
	@Query("""
			update Helper h set
			h.openCount = (select count(r) from HelpRequest r where r.helperId = h.personId and r.status = :answering),
			h.monthCount = (select count(r) from HelpRequest r where r.helperId = h.personId and r.assignedAt >= :monthStart),
			h.monthStart = :monthStart
			where h.personId in :ids
			""")
	int recount(Collection<UUID> ids, HelpStatus answering, Instant monthStart);

	/** Up to {@code limit} Leaders' ids after {@code after}, in the database's order. */
	@Query("select h.personId from Helper h where h.personId > :after order by h.personId")
	List<UUID> idsAfter(UUID after, Limit limit);

	List<Helper> findByAreaIdIn(Collection<UUID> areas);

	List<Helper> findByAreaIdIsNull();

}
