package org.latch.helprequest;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface HelperRepository extends JpaRepository<Helper, UUID> {

	/**
	 * Leaders accepting requests who speak the language (pattern {@code %,es,%}) and help
	 * from a place inside the box; read only (routing reads thousands of them and changes
	 * none).
	 */
	@Query("""
			select h from Helper h where h.accepting = true and h.languages like :language
			and h.latitude between :south and :north and h.longitude between :west and :east
			""")
	@QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
	List<Helper> acceptingInBox(String language, double south, double north, double west, double east);

	/** Leaders accepting requests who speak the language and answer online requests. */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
	@Query("select h from Helper h where h.accepting = true and h.takesOnline = true and h.languages like :language")
	List<Helper> online(String language);

	/** Every Leader helping from a place inside the box, accepting requests or not. */
	@Query("select h from Helper h where h.latitude between :south and :north and h.longitude between :west and :east")
	List<Helper> placedWithin(double south, double north, double west, double east);

	List<Helper> findByAreaIdIn(java.util.Collection<UUID> areas);

}
