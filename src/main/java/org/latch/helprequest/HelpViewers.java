package org.latch.helprequest;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.latch.account.AccountManagement;
import org.latch.account.GrantView;
import org.latch.account.Role;

/** Turns a signed-in address into a {@link Viewer}, or nothing for families. */
@Component
class HelpViewers {

	private final AccountManagement accounts;

	HelpViewers(AccountManagement accounts) {
		this.accounts = accounts;
	}

	Optional<Viewer> of(String email) {
		List<GrantView> grants = this.accounts.grantsOf(email);
		boolean everywhere = holds(grants, Role.PLATFORM_ADMIN);
		boolean orgAdmin = holds(grants, Role.ORG_ADMIN);
		boolean areaAdmin = holds(grants, Role.AREA_ADMIN);
		boolean leader = holds(grants, Role.LEADER);
		if (!everywhere && !orgAdmin && !areaAdmin && !leader) {
			return Optional.empty();
		}
		Role role = everywhere ? Role.PLATFORM_ADMIN
				: orgAdmin ? Role.ORG_ADMIN : areaAdmin ? Role.AREA_ADMIN : Role.LEADER;
		var administers = grants.stream()
			.filter(g -> (g.role() == Role.AREA_ADMIN || g.role() == Role.ORG_ADMIN) && g.unit() != null)
			.map(GrantView::unit)
			.collect(Collectors.toSet());
		return this.accounts.person(email)
			.map(person -> new Viewer(person, role.name(), everywhere, orgAdmin, Set.copyOf(administers)));
	}

	private static boolean holds(List<GrantView> grants, Role role) {
		return grants.stream().anyMatch(g -> g.role() == role);
	}

}
