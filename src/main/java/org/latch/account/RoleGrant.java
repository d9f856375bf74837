package org.latch.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.latch.platform.StoredEntity;
import org.jspecify.annotations.Nullable;

/** A role held by one account, in one organization unit when the role is scoped. */
@Entity
@Table(name = "role_grant")
class RoleGrant extends StoredEntity {

	@Id
	private UUID id;

	private UUID accountId;

	@Enumerated(EnumType.STRING)
	private Role role;

	private @Nullable UUID unitId;

	private Instant grantedAt;

	@Override
	public UUID getId() {
		return this.id;
	}

	protected RoleGrant() {
		this(new UUID(0, 0), Role.FAMILY, null);
	}

	RoleGrant(UUID accountId, Role role, @Nullable UUID unitId) {
		if (role.scoped() == (unitId == null)) {
			throw new IllegalArgumentException(role + (role.scoped() ? " needs" : " takes no") + " unit");
		}
		this.id = UUID.randomUUID();
		this.accountId = accountId;
		this.role = role;
		this.unitId = unitId;
		this.grantedAt = Instant.now();
	}

	UUID accountId() {
		return this.accountId;
	}

	Role role() {
		return this.role;
	}

	@Nullable UUID unitId() {
		return this.unitId;
	}

	boolean sameAs(Role otherRole, @Nullable UUID otherUnit) {
		return this.role == otherRole && java.util.Objects.equals(this.unitId, otherUnit);
	}

}
