package org.latch.partner.agreement;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.latch.platform.StoredEntity;

/**
 * The exact bytes of a document as it was issued (or of a signed copy), with their
 * SHA-256; never changed once stored.
 */
@Entity
@Table(name = "partner_agreement_document")
class AgreementDocument extends StoredEntity {

	/** What the document is. */
	enum Kind {

		/** The agreement as issued, which both parties sign. */
		ISSUED,
		/** The issued pages with the signature record appended. */
		SIGNED_COPY

	}

	@Id
	private UUID id;

	private UUID agreementId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String sha256;

	private int size;

	private byte[] content;

	private Instant createdAt;

	protected AgreementDocument() {
		this.id = UUID.randomUUID();
		this.agreementId = this.id;
		this.kind = Kind.ISSUED;
		this.sha256 = "";
		this.content = new byte[0];
		this.createdAt = Instant.EPOCH;
	}

	AgreementDocument(UUID agreementId, Kind kind, byte[] content, Instant now) {
		this.id = UUID.randomUUID();
		this.agreementId = agreementId;
		this.kind = kind;
		this.content = content.clone();
		this.size = content.length;
		this.sha256 = sha256(content);
		this.createdAt = now;
	}

	/** The SHA-256 of the bytes, as 64 lowercase hexadecimal digits. */
	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException missing) {
			throw new IllegalStateException("Every Java runtime has SHA-256", missing);
		}
	}

	UUID id() {
		return this.id;
	}

	UUID agreementId() {
		return this.agreementId;
	}

	Kind kind() {
		return this.kind;
	}

	String sha256() {
		return this.sha256;
	}

	int size() {
		return this.size;
	}

	byte[] content() {
		return this.content.clone();
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
