package org.latch.account;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.latch.platform.StoredEntity;
import org.jspecify.annotations.Nullable;

/** A person who can sign in. The email is stored lower-case and is the sign-in name. */
@Entity
@Table(name = "account")
class Account extends StoredEntity {

	@Id
	private UUID id;

	private String email;

	private String displayName;

	private @Nullable String passwordHash;

	private @Nullable Instant emailVerifiedAt;

	private String language;

	/**
	 * Languages this person speaks with families (Leaders), comma-separated tags; may be
	 * empty.
	 */
	private @Nullable String languages;

	private Instant createdAt;

	@Override
	public UUID getId() {
		return this.id;
	}

	protected Account() {
		this("", "", "en");
	}

	Account(String email, String displayName, String language) {
		this.id = UUID.randomUUID();
		this.email = normalize(email);
		this.displayName = displayName.strip();
		this.language = language;
		this.createdAt = Instant.now();
	}

	static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	UUID id() {
		return this.id;
	}

	String email() {
		return this.email;
	}

	String displayName() {
		return this.displayName;
	}

	String language() {
		return this.language;
	}

	@Nullable String passwordHash() {
		return this.passwordHash;
	}

	boolean verified() {
		return this.emailVerifiedAt != null;
	}

	/**
	 * The languages the person speaks, main first; their page language if they named
	 * none.
	 */
	java.util.List<String> languagesSpoken() {
		return (this.languages == null || this.languages.isBlank()) ? java.util.List.of(this.language)
				: java.util.List.of(this.languages.split(","));
	}

	void setLanguagesSpoken(java.util.List<String> tags) {
		this.languages = String.join(",", tags);
	}

	void setPasswordHash(@Nullable String hash) {
		this.passwordHash = hash;
	}

	void markVerified() {
		if (this.emailVerifiedAt == null) {
			this.emailVerifiedAt = Instant.now();
		}
	}

}
