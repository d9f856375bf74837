package org.latch.directory;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MilkPlaceRepository extends JpaRepository<MilkPlace, UUID> {

	/** Places in a latitude band; callers narrow by distance (there are few places). */
	@Query("select p from MilkPlace p where p.latitude between :south and :north")
	List<MilkPlace> findBetweenLatitudes(double south, double north);

}
