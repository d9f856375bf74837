package org.latch.directory;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HealthProfessionalRepository extends JpaRepository<HealthProfessional, UUID> {

	/** Professionals listed by a unit of the subtree at {@code path}, by name. */
	@Query("""
			select p from HealthProfessional p where p.unitId in
			(select u.id from OrganizationUnit u where u.path like concat(:path, '%')) order by p.name""")
	List<HealthProfessional> findOwnedBelow(String path);

}
