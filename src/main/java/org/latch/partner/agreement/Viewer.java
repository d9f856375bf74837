package org.latch.partner.agreement;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ResponseStatusException;

import org.latch.account.AccountManagement;
import org.latch.account.Role;

/**
 * Who reads or acts on agreements: their account, whether they review partners (platform
 * and Organization Administrators) and whether they may countersign (platform
 * administrators only).
 */
record Viewer(UUID id, boolean reviewer, boolean platformAdministrator) {

	static Viewer of(Authentication auth, AccountManagement accounts) {
		UUID id = accounts.person(auth.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN))
			.id();
		boolean platform = has(auth, Role.PLATFORM_ADMIN);
		return new Viewer(id, platform || has(auth, Role.ORG_ADMIN), platform);
	}

	private static boolean has(Authentication auth, Role role) {
		return auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
	}

}
