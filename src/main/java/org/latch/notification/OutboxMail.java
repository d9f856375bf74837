package org.latch.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.latch.platform.StoredEntity;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** An email waiting in the outbox, or already delivered. */
@Entity
@Table(name = "mail_outbox")
class OutboxMail extends StoredEntity {

	private static final int MAX_ERROR = 500;

	@Id
	private UUID id;

	private String recipient;

	private String subject;

	private String body;

	private @Nullable String attachmentName;

	private @Nullable String attachmentType;

	private @Nullable String attachmentText;

	private Instant createdAt;

	private int attempts;

	private Instant nextAttempt;

	private @Nullable Instant sentAt;

	private @Nullable String lastError;

	@Version
	private long version;

	@Override
	public UUID getId() {
		return this.id;
	}

	protected OutboxMail() {
		this(new Email("", "", ""));
	}

	OutboxMail(Email email) {
		this.id = UUID.randomUUID();
		this.recipient = email.to();
		this.subject = email.subject();
		this.body = email.body();
		if (email.attachment() != null) {
			this.attachmentName = email.attachment().name();
			this.attachmentType = email.attachment().contentType();
			this.attachmentText = email.attachment().text();
		}
		this.createdAt = Instant.now();
		this.nextAttempt = this.createdAt;
	}

	Email email() {
		Email.Attachment attachment = (this.attachmentName == null || this.attachmentType == null
				|| this.attachmentText == null) ? null
						: new Email.Attachment(this.attachmentName, this.attachmentType, this.attachmentText);
		return new Email(this.recipient, this.subject, this.body, attachment);
	}

	UUID id() {
		return this.id;
	}

	void sent() {
		this.sentAt = Instant.now();
		this.lastError = null;
	}

	/**
	 * Backs off exponentially (10 s, 20 s, 40 s … at most an hour) so a mail server
	 * outage heals.
	 */
	void failed(String error) {
		this.attempts++;
		long seconds = Math.min(3600, 10L << Math.min(this.attempts, 12));
		this.nextAttempt = Instant.now().plus(Duration.ofSeconds(seconds));
		this.lastError = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
	}

}
