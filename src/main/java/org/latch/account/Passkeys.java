package org.latch.account;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;

/**
 * A person's registered passkeys, listed and removed through Spring Security's stores.
 */
@Component
class Passkeys {

	record PasskeyView(String id, String label, @Nullable Instant created, @Nullable Instant lastUsed) {
	}

	private final PublicKeyCredentialUserEntityRepository users;

	private final UserCredentialRepository credentials;

	Passkeys(PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials) {
		this.users = users;
		this.credentials = credentials;
	}

	List<PasskeyView> of(String email) {
		PublicKeyCredentialUserEntity user = this.users.findByUsername(email);
		if (user == null) {
			return List.of();
		}
		return this.credentials.findByUserId(user.getId())
			.stream()
			.map(c -> new PasskeyView(c.getCredentialId().toBase64UrlString(), c.getLabel(), c.getCreated(),
					c.getLastUsed()))
			.toList();
	}

	/**
	 * Registers how passkeys name this person before they add one, so the authenticator
	 * shows their chosen name rather than their email address.
	 */
	void prepare(String email, String displayName) {
		if (this.users.findByUsername(email) == null) {
			this.users.save(ImmutablePublicKeyCredentialUserEntity.builder()
				.name(email)
				.id(Bytes.random())
				.displayName(displayName)
				.build());
		}
	}

	/** Removes the passkey only when it belongs to this person. */
	boolean remove(String email, String credentialId) {
		PublicKeyCredentialUserEntity user = this.users.findByUsername(email);
		if (user == null) {
			return false;
		}
		boolean owned = this.credentials.findByUserId(user.getId())
			.stream()
			.anyMatch(c -> c.getCredentialId().toBase64UrlString().equals(credentialId));
		if (owned) {
			this.credentials.delete(Bytes.fromBase64(credentialId));
		}
		return owned;
	}

}
