package org.latch.account;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoleGrantRepository extends JpaRepository<RoleGrant, UUID> {

	List<RoleGrant> findByAccountId(UUID accountId);

	/** People holding the role, each once however many units they hold it in. */
	@Query("select count(distinct g.accountId) from RoleGrant g where g.role = :role")
	long countHolders(Role role);

	List<RoleGrant> findByRoleIn(java.util.Collection<Role> roles);

}
