package org.latch.account;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoleGrantRepository extends JpaRepository<RoleGrant, UUID> {

	List<RoleGrant> findByAccountId(UUID accountId);

	long countByRole(Role role);

	List<RoleGrant> findByRoleIn(java.util.Collection<Role> roles);

}
