package org.latch.partner;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import org.latch.account.AccountManagement;
import org.latch.account.Role;

/**
 * Who reviews for the partner program (applications, the Code sponsor register and
 * violation reports): platform administrators and every Organization Administrator.
 * Partners and sponsors are not inside a unit of the hierarchy, so no narrower scope
 * applies.
 */
@Component
class Reviewers {

	private final AccountManagement accounts;

	Reviewers(AccountManagement accounts) {
		this.accounts = accounts;
	}

	/** The reviewer's account id; 403 for anyone who is not a reviewer. */
	UUID require(Authentication auth) {
		boolean allowed = auth.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals(Role.PLATFORM_ADMIN.authority())
					|| a.getAuthority().equals(Role.ORG_ADMIN.authority()));
		if (!allowed) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return this.accounts.person(auth.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN))
			.id();
	}

}
