package org.latch.directory;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MilkPlaceRepository extends JpaRepository<MilkPlace, UUID> {

	/** Places owned by a unit of the subtree at {@code path}, by name. */
	@Query("""
			select p from MilkPlace p where p.unitId in
			(select u.id from OrganizationUnit u where u.path like concat(:path, '%')) order by p.name""")
	List<MilkPlace> findOwnedBelow(String path);

	List<MilkPlace> findByKindAndUnitIdInOrderByName(MilkPlaceKind kind, Collection<UUID> units);

	List<MilkPlace> findByKindOrderByName(MilkPlaceKind kind);

	boolean existsByBankId(UUID bankId);

	List<MilkPlace> findByKindAndBankIdOrderByName(MilkPlaceKind kind, UUID bankId);

}
