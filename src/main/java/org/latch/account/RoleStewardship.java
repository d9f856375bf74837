package org.latch.account;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.latch.directory.Steward;
import org.latch.directory.Stewardship;
import org.latch.directory.UnitId;

/** Turns a person's role grants into the units the directory lets them edit. */
@Component
class RoleStewardship implements Stewardship {

	private final AccountManagement accounts;

	RoleStewardship(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@Override
	public Steward steward(String username) {
		List<GrantView> grants = this.accounts.grantsOf(username);
		boolean everywhere = grants.stream().anyMatch(g -> g.role() == Role.PLATFORM_ADMIN);
		return new Steward(everywhere, units(grants, Set.of(Role.LEADER)),
				units(grants, Set.of(Role.AREA_ADMIN, Role.ORG_ADMIN)));
	}

	private static Set<UnitId> units(List<GrantView> grants, Set<Role> roles) {
		return grants.stream()
			.filter(g -> roles.contains(g.role()) && g.unit() != null)
			.map(GrantView::unit)
			.collect(Collectors.toSet());
	}

}
