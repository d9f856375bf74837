package org.latch.account;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.account.AccountToken.Purpose;
import org.latch.directory.DirectoryManagement;
import org.latch.directory.LeaderProfiles;
import org.latch.directory.UnitId;
import org.latch.directory.UnitView;
import org.latch.notification.NotificationManagement;

/**
 * The account module's facade: opening accounts, verifying email, resetting passwords,
 * invitations to roles, and what each person may reach.
 */
@Service
public class AccountManagement {

	static final Duration VERIFY_VALIDITY = Duration.ofDays(2);

	static final Duration RESET_VALIDITY = Duration.ofHours(1);

	static final Duration INVITATION_VALIDITY = Duration.ofDays(14);

	private final AccountRepository accounts;

	private final RoleGrantRepository grants;

	private final AccountTokenRepository tokens;

	private final PasswordEncoder passwords;

	private final AccountMails mails;

	private final NotificationManagement notifications;

	private final DirectoryManagement directory;

	private final LeaderProfiles leaderProfiles;

	AccountManagement(AccountRepository accounts, RoleGrantRepository grants, AccountTokenRepository tokens,
			PasswordEncoder passwords, AccountMails mails, NotificationManagement notifications,
			DirectoryManagement directory, LeaderProfiles leaderProfiles) {
		this.leaderProfiles = leaderProfiles;
		this.accounts = accounts;
		this.grants = grants;
		this.tokens = tokens;
		this.passwords = passwords;
		this.mails = mails;
		this.notifications = notifications;
		this.directory = directory;
	}

	/**
	 * Opens a family account and emails a verification link. An address that already has
	 * an account gets a "you already have an account" email instead, so the page never
	 * reveals who is registered.
	 */
	@Transactional
	void signUp(SignUpForm form, String language) {
		String email = Account.normalize(form.email());
		Optional<Account> existing = this.accounts.findByEmail(email);
		if (existing.isPresent()) {
			this.notifications.send(this.mails.alreadyRegistered(email, existing.get().language()));
			return;
		}
		Account account = new Account(email, form.displayName(), language);
		if (form.password() != null && !form.password().isEmpty()) {
			account.setPasswordHash(this.passwords.encode(form.password()));
		}
		this.accounts.save(account);
		this.grants.save(new RoleGrant(account.id(), Role.FAMILY, null));
		AccountToken.Issued issued = AccountToken.issue(Purpose.VERIFY_EMAIL, email, account.id(), VERIFY_VALIDITY);
		this.tokens.save(issued.token());
		this.notifications.send(this.mails.verify(email, language, issued.secret()));
	}

	/** Marks the address verified; false when the link is unknown, used or expired. */
	@Transactional
	boolean verifyEmail(String secret) {
		return usableToken(secret, Purpose.VERIFY_EMAIL).flatMap(token -> {
			token.use();
			return this.accounts.findByEmail(token.email());
		}).map(account -> {
			account.markVerified();
			return true;
		}).orElse(false);
	}

	@Transactional
	void requestPasswordReset(String email) {
		this.accounts.findByEmail(Account.normalize(email)).ifPresent(account -> {
			AccountToken.Issued issued = AccountToken.issue(Purpose.RESET_PASSWORD, account.email(), account.id(),
					RESET_VALIDITY);
			this.tokens.save(issued.token());
			this.notifications.send(this.mails.passwordReset(account.email(), account.language(), issued.secret()));
		});
	}

	@Transactional(readOnly = true)
	boolean resetLinkUsable(String secret) {
		return usableToken(secret, Purpose.RESET_PASSWORD).isPresent();
	}

	/**
	 * Sets the new password and returns the account's email, so its other sessions can be
	 * ended.
	 */
	@Transactional
	Optional<String> resetPassword(String secret, String newPassword) {
		return usableToken(secret, Purpose.RESET_PASSWORD).flatMap(token -> {
			token.use();
			return this.accounts.findByEmail(token.email());
		}).map(account -> {
			account.setPasswordHash(this.passwords.encode(newPassword));
			account.markVerified();
			return account.email();
		});
	}

	/** Sends a one-time sign-in link, only when the address has an account. */
	@Transactional
	void sendSignInLink(String email, String token) {
		this.accounts.findByEmail(Account.normalize(email))
			.ifPresent(account -> this.notifications
				.send(this.mails.signInLink(account.email(), account.language(), token)));
	}

	@Transactional
	void markVerified(String email) {
		this.accounts.findByEmail(Account.normalize(email)).ifPresent(Account::markVerified);
	}

	@Transactional(readOnly = true)
	public List<GrantView> grantsOf(String email) {
		return this.accounts.findByEmail(Account.normalize(email))
			.map(account -> this.grants.findByAccountId(account.id())
				.stream()
				.map(g -> new GrantView(g.role(), g.unitId() == null ? null : new UnitId(g.unitId())))
				.toList())
			.orElse(List.of());
	}

	@Transactional(readOnly = true)
	Optional<AccountView> find(String email) {
		return this.accounts.findByEmail(Account.normalize(email))
			.map(a -> new AccountView(a.email(), a.displayName(), a.language(), a.passwordHash() != null,
					grantsOf(a.email())));
	}

	/**
	 * Roles a person may hand out: AREA_ADMIN invites Leaders and Area Administrators,
	 * ORG_ADMIN also Org Admins.
	 */
	@Transactional(readOnly = true)
	List<Role> invitableRoles(String inviter) {
		List<GrantView> held = grantsOf(inviter);
		if (holds(held, Role.PLATFORM_ADMIN) || holds(held, Role.ORG_ADMIN)) {
			return List.of(Role.LEADER, Role.AREA_ADMIN, Role.ORG_ADMIN);
		}
		return holds(held, Role.AREA_ADMIN) ? List.of(Role.LEADER, Role.AREA_ADMIN) : List.of();
	}

	/**
	 * Units a person may invite into: the subtrees of the units where they administer.
	 */
	@Transactional(readOnly = true)
	List<UnitView> invitableUnits(String inviter) {
		List<GrantView> held = grantsOf(inviter);
		if (holds(held, Role.PLATFORM_ADMIN)) {
			return this.directory.subtrees(this.directory.roots());
		}
		Collection<UnitId> administered = held.stream()
			.filter(g -> g.role() == Role.ORG_ADMIN || g.role() == Role.AREA_ADMIN)
			.map(GrantView::unit)
			.toList();
		return this.directory.subtrees(administered);
	}

	/**
	 * True when the person holds {@code role} (or a higher administrative role) over
	 * {@code unit}.
	 */
	@Transactional(readOnly = true)
	public boolean reaches(String email, Set<Role> roles, UnitId unit) {
		return grantsOf(email).stream()
			.anyMatch(g -> g.role() == Role.PLATFORM_ADMIN
					|| (roles.contains(g.role()) && g.unit() != null && this.directory.isWithin(unit, g.unit())));
	}

	@Transactional
	void invite(String inviter, InvitationForm form, String language) {
		Role role = form.chosenRole();
		UnitId unit = new UnitId(form.chosenUnit());
		Set<Role> needed = role == Role.ORG_ADMIN ? Set.of(Role.ORG_ADMIN) : Set.of(Role.ORG_ADMIN, Role.AREA_ADMIN);
		if (!role.scoped() || !reaches(inviter, needed, unit)) {
			throw new NotAllowed();
		}
		UnitView unitView = this.directory.find(unit).orElseThrow(NotAllowed::new);
		String email = Account.normalize(form.email());
		AccountToken.Issued issued = AccountToken.issue(Purpose.INVITATION, email, null, INVITATION_VALIDITY);
		this.tokens.save(issued.token().forRole(role, unit.value()));
		String recipientLanguage = this.accounts.findByEmail(email).map(Account::language).orElse(language);
		this.notifications
			.send(this.mails.invitation(email, recipientLanguage, role.messageKey(), unitView.name(), issued.secret()));
	}

	@Transactional(readOnly = true)
	Optional<InvitationView> invitation(String secret) {
		return usableToken(secret, Purpose.INVITATION).map(token -> new InvitationView(token.email(),
				requireRole(token), this.directory.find(new UnitId(token.unitId())).map(UnitView::name).orElse(""),
				this.accounts.findByEmail(token.email()).isPresent()));
	}

	/**
	 * Grants the invited role. Creates the account when needed; the invitation link
	 * proves the address, so the account is verified. A blank password is allowed only
	 * for existing accounts.
	 */
	@Transactional
	boolean acceptInvitation(String secret, @Nullable AcceptInvitationForm newAccount, String language) {
		Optional<AccountToken> found = usableToken(secret, Purpose.INVITATION);
		if (found.isEmpty()) {
			return false;
		}
		AccountToken token = found.get();
		Account account = this.accounts.findByEmail(token.email()).orElseGet(() -> {
			if (newAccount == null) {
				throw new NotAllowed();
			}
			Account created = new Account(token.email(), newAccount.displayName(), language);
			created.setPasswordHash(this.passwords.encode(newAccount.password()));
			return this.accounts.save(created);
		});
		account.markVerified();
		Role role = requireRole(token);
		boolean held = this.grants.findByAccountId(account.id()).stream().anyMatch(g -> g.sameAs(role, token.unitId()));
		if (!held) {
			this.grants.save(new RoleGrant(account.id(), role, token.unitId()));
			profileIfLeader(account, role, token.unitId());
		}
		token.use();
		return true;
	}

	/**
	 * Creates a verified account with roles, for demo data. Takes a ready hash so one
	 * hash serves many.
	 */
	@Transactional
	public void createVerified(String email, String displayName, List<String> languages, String passwordHash,
			List<GrantView> roles) {
		Account account = new Account(email, displayName, languages.getFirst());
		account.setLanguagesSpoken(languages);
		account.setPasswordHash(passwordHash);
		account.markVerified();
		this.accounts.save(account);
		for (GrantView grant : roles) {
			this.grants
				.save(new RoleGrant(account.id(), grant.role(), grant.unit() == null ? null : grant.unit().value()));
			profileIfLeader(account, grant.role(), grant.unit() == null ? null : grant.unit().value());
		}
	}

	/** A Leader of a group gets a public profile (name and languages only) to edit. */
	private void profileIfLeader(Account account, Role role, @Nullable UUID unit) {
		if (role == Role.LEADER && unit != null) {
			this.leaderProfiles.leads(account.id(), account.displayName(), account.languagesSpoken(), new UnitId(unit));
		}
	}

	/**
	 * Grants a role held without a unit (such as {@link Role#MILK_BANK_STAFF}) to an
	 * account, once; it takes effect at the person's next sign-in.
	 * @throws IllegalArgumentException for a role held in a unit
	 */
	@Transactional
	public void grant(UUID account, Role role) {
		if (role.scoped()) {
			throw new IllegalArgumentException(role + " is held in a unit");
		}
		if (this.grants.findByAccountId(account).stream().noneMatch(g -> g.sameAs(role, null))) {
			this.grants.save(new RoleGrant(account, role, null));
		}
	}

	/**
	 * Takes back a role held without a unit; nothing when the account does not hold it.
	 */
	@Transactional
	public void revoke(UUID account, Role role) {
		this.grants.findByAccountId(account).stream().filter(g -> g.sameAs(role, null)).forEach(this.grants::delete);
	}

	/** The person signed in as {@code email}, if they have an account. */
	@Transactional(readOnly = true)
	public Optional<Person> person(String email) {
		return this.accounts.findByEmail(Account.normalize(email)).map(AccountManagement::person);
	}

	/** The person with this account id, if the account still exists. */
	@Transactional(readOnly = true)
	public Optional<Person> person(UUID id) {
		return this.accounts.findById(id).map(AccountManagement::person);
	}

	/**
	 * Everyone holding one of {@code roles} in a unit that contains {@code unit} (or the
	 * unit itself): the people a matter in that unit can be escalated to.
	 */
	@Transactional(readOnly = true)
	public List<Person> holdingOver(Set<Role> roles, UnitId unit) {
		return people(this.grants.findByRoleIn(roles)
			.stream()
			.filter(g -> g.unitId() != null && this.directory.isWithin(unit, new UnitId(g.unitId()))));
	}

	/** Everyone holding one of {@code roles} anywhere. */
	@Transactional(readOnly = true)
	public List<Person> holding(Set<Role> roles) {
		return people(this.grants.findByRoleIn(roles).stream());
	}

	private List<Person> people(java.util.stream.Stream<RoleGrant> grants) {
		return grants.map(RoleGrant::accountId)
			.distinct()
			.map(this.accounts::findById)
			.flatMap(Optional::stream)
			.map(AccountManagement::person)
			.toList();
	}

	private static Person person(Account account) {
		return new Person(account.id(), account.email(), account.displayName(), account.language(),
				account.languagesSpoken());
	}

	/** The person's account id, for their Leader profile. */
	@Transactional(readOnly = true)
	Optional<UUID> idOf(String email) {
		return this.accounts.findByEmail(Account.normalize(email)).map(Account::id);
	}

	public String hashPassword(String raw) {
		return this.passwords.encode(raw);
	}

	@Transactional(readOnly = true)
	public long countAccounts() {
		return this.accounts.count();
	}

	/**
	 * How many people hold the role now, each once: a Leader of two groups is one Leader
	 * (the impact figures count Leaders this way).
	 */
	@Transactional(readOnly = true)
	public long countHolding(Role role) {
		return this.grants.countHolders(role);
	}

	private Optional<AccountToken> usableToken(String secret, Purpose purpose) {
		if (secret == null || secret.isBlank() || secret.length() > 100) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHash(AccountToken.hash(secret)).filter(t -> t.usable(purpose));
	}

	private static Role requireRole(AccountToken token) {
		if (token.role() == null || token.unitId() == null) {
			throw new NotAllowed();
		}
		return token.role();
	}

	private static boolean holds(List<GrantView> held, Role role) {
		return held.stream().anyMatch(g -> g.role() == role);
	}

}
