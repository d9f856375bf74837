package org.latch.directory;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LeaderProfileRepository extends JpaRepository<LeaderProfile, UUID> {

	@Query("select p from LeaderProfile p join p.groups g where g = :group and p.listed = true order by p.displayName")
	List<LeaderProfile> findListedLeadersOf(UUID group);

}
