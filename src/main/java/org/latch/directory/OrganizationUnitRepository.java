package org.latch.directory;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganizationUnitRepository extends JpaRepository<OrganizationUnit, UUID> {

	Optional<OrganizationUnit> findBySlug(String slug);

	List<OrganizationUnit> findBySlugIn(Collection<String> slugs);

	@Query("select u from OrganizationUnit u where u.path like concat(:path, '%') order by u.path")
	List<OrganizationUnit> findSubtree(String path);

	List<OrganizationUnit> findByParentIdIsNull();

	List<OrganizationUnit> findByKindInOrderByPath(Collection<UnitKind> kinds);

	List<OrganizationUnit> findByKindInAndUpdatedAtGreaterThanEqualOrderByPath(Collection<UnitKind> kinds,
			Instant after);

	long countByKind(UnitKind kind);

	long countByKindAndOnline(UnitKind kind, boolean online);

	/** Each distinct country and region where a local group meets in person. */
	@Query("""
			select distinct new org.latch.directory.PlaceMet(u.country, u.region)
			from OrganizationUnit u
			where u.kind = org.latch.directory.UnitKind.GROUP and u.online = false and u.country is not null""")
	List<PlaceMet> placesMetInPerson();

	/** The units with their descriptions, in one query (for the HSDS API). */
	@Query("select distinct u from OrganizationUnit u left join fetch u.descriptions where u.id in :ids")
	List<OrganizationUnit> findWithDescriptions(Collection<UUID> ids);

}
