package org.latch.account;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import org.latch.PersistenceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class AccountRepositoryTests {

	@Autowired
	AccountRepository accounts;

	@Autowired
	RoleGrantRepository grants;

	@Autowired
	AccountTokenRepository tokens;

	@Test
	void anEmailAddressBelongsToOneAccountWhateverItsCase() {
		this.accounts.saveAndFlush(new Account("Nadia@Example.org", "Nadia", "fr"));
		assertThat(this.accounts.findByEmail("nadia@example.org")).isPresent();
		assertThatThrownBy(() -> this.accounts.saveAndFlush(new Account("NADIA@example.org", "Other", "en")))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void rolesAreStoredWithTheirUnit() {
		Account account = this.accounts.saveAndFlush(new Account("leader@example.org", "Leader", "en"));
		UUID unit = UUID.randomUUID();
		this.grants.saveAndFlush(new RoleGrant(account.id(), Role.LEADER, unit));
		assertThat(this.grants.findByAccountId(account.id())).singleElement()
			.satisfies(g -> assertThat(g.sameAs(Role.LEADER, unit)).isTrue());
	}

	@Test
	void aTokenIsFoundByTheHashOfItsSecretAndTheSecretItselfIsNotStored() {
		AccountToken.Issued issued = AccountToken.issue(AccountToken.Purpose.RESET_PASSWORD, "a@example.org", null,
				Duration.ofHours(1));
		this.tokens.saveAndFlush(issued.token());
		assertThat(this.tokens.findByTokenHash(AccountToken.hash(issued.secret()))).get()
			.satisfies(t -> assertThat(t.usable(AccountToken.Purpose.RESET_PASSWORD)).isTrue());
		assertThat(this.tokens.findByTokenHash(issued.secret())).isEmpty();
	}

	@Test
	void anExpiredTokenIsNotUsable() {
		AccountToken.Issued issued = AccountToken.issue(AccountToken.Purpose.VERIFY_EMAIL, "b@example.org", null,
				Duration.ofSeconds(-1));
		this.tokens.saveAndFlush(issued.token());
		assertThat(this.tokens.findByTokenHash(AccountToken.hash(issued.secret()))
			.orElseThrow()
			.usable(AccountToken.Purpose.VERIFY_EMAIL)).isFalse();
	}

}
