package org.latch.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.latch.platform.StoredEntity;
import org.jspecify.annotations.Nullable;

/**
 * A single-use link sent by email. Only the SHA-256 of the secret is stored, so a copy of
 * the database does not let anyone use the links.
 */
@Entity
@Table(name = "account_token")
class AccountToken extends StoredEntity {

	enum Purpose {

		VERIFY_EMAIL, RESET_PASSWORD, INVITATION

	}

	private static final SecureRandom RANDOM = new SecureRandom();

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private Purpose purpose;

	private String tokenHash;

	private String email;

	private @Nullable UUID accountId;

	@Enumerated(EnumType.STRING)
	private @Nullable Role role;

	private @Nullable UUID unitId;

	private Instant expiresAt;

	private @Nullable Instant usedAt;

	@Override
	public UUID getId() {
		return this.id;
	}

	protected AccountToken() {
		this(Purpose.VERIFY_EMAIL, "", "", Duration.ZERO);
	}

	private AccountToken(Purpose purpose, String secret, String email, Duration validFor) {
		this.id = UUID.randomUUID();
		this.purpose = purpose;
		this.tokenHash = hash(secret);
		this.email = email;
		this.expiresAt = Instant.now().plus(validFor);
	}

	/** A new token and the secret to put in the link; the secret is not kept. */
	static Issued issue(Purpose purpose, String email, @Nullable UUID accountId, Duration validFor) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		AccountToken token = new AccountToken(purpose, secret, email, validFor);
		token.accountId = accountId;
		return new Issued(token, secret);
	}

	record Issued(AccountToken token, String secret) {
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	AccountToken forRole(Role invitedRole, UUID unit) {
		this.role = invitedRole;
		this.unitId = unit;
		return this;
	}

	boolean usable(Purpose expected) {
		return this.purpose == expected && this.usedAt == null && Instant.now().isBefore(this.expiresAt);
	}

	void use() {
		this.usedAt = Instant.now();
	}

	String email() {
		return this.email;
	}

	@Nullable UUID accountId() {
		return this.accountId;
	}

	@Nullable Role role() {
		return this.role;
	}

	@Nullable UUID unitId() {
		return this.unitId;
	}

}
