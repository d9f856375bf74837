package org.latch.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a person for every sign-in method. Accounts without a password get an empty hash,
 * which never matches; unverified accounts are disabled (checked only after the password,
 * see {@link SecurityConfig}).
 */
@Component
class LatchUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final RoleGrantRepository grants;

	LatchUserDetailsService(AccountRepository accounts, RoleGrantRepository grants) {
		this.accounts = accounts;
		this.grants = grants;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.findByEmail(Account.normalize(username))
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
		String[] authorities = this.grants.findByAccountId(account.id())
			.stream()
			.map(g -> g.role().authority())
			.distinct()
			.toArray(String[]::new);
		return User.withUsername(account.email())
			.password(account.passwordHash() == null ? "" : account.passwordHash())
			.disabled(!account.verified())
			.authorities(authorities)
			.build();
	}

}
