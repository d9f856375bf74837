package org.latch.calendar;

import java.security.Principal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.latch.account.AccountManagement;
import org.latch.account.Person;

/** The account id of whoever is signed in, or null for a visitor. */
@Component
class CurrentAccount {

	private final AccountManagement accounts;

	CurrentAccount(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@Nullable UUID id(@Nullable Principal principal) {
		return (principal == null) ? null : this.accounts.person(principal.getName()).map(Person::id).orElse(null);
	}

}
