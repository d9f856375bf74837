package org.latch.helprequest;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HelperRepository extends JpaRepository<Helper, UUID> {

	/**
	 * Leaders accepting requests who speak the language (pattern {@code %,es,%}) and help
	 * from a place inside the box. This and {@link #online} answer copies that are not
	 * managed (routing reads thousands and changes none): never save them.
	 */
	@Query("""
			select new org.latch.helprequest.Helper(h.personId, h.email, h.displayName, h.mailLanguage, h.languages, h.latitude, h.longitude,
			h.areaId, h.accepting, h.takesOnline, h.reachKm, h.monthlyCap, h.weekdays, h.awayUntil, h.timeZone)
			from Helper h where h.accepting = true and h.languages like :language and h.latitude between :south and :north and h.longitude between :west and :east
			""")
	List<Helper> acceptingInBox(String language, double south, double north, double west, double east);

	/** Leaders accepting requests who speak the language and answer online requests. */
	@Query("""
			select new org.latch.helprequest.Helper(h.personId, h.email, h.displayName, h.mailLanguage, h.languages, h.latitude, h.longitude,
			h.areaId, h.accepting, h.takesOnline, h.reachKm, h.monthlyCap, h.weekdays, h.awayUntil, h.timeZone)
			from Helper h where h.accepting = true and h.takesOnline = true and h.languages like :language
			""")
	List<Helper> online(String language);

	/** Every Leader helping from a place inside the box, accepting requests or not. */
	@Query("select h from Helper h where h.latitude between :south and :north and h.longitude between :west and :east")
	List<Helper> placedWithin(double south, double north, double west, double east);

	List<Helper> findByAreaIdIn(java.util.Collection<UUID> areas);

	List<Helper> findByAreaIdIsNull();

}
