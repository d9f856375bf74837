package org.latch.helprequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.latch.platform.StoredEntity;

/**
 * A family's question. Everything the family wrote and how to reach them is held sealed
 * ({@link FieldCipher}); {@link HelpRequests} seals and opens it.
 */
@Entity
@Table(name = "help_request")
class HelpRequest extends StoredEntity {

	@Id
	private UUID id;

	private String reference;

	private String secretHash;

	@Enumerated(EnumType.STRING)
	private HelpStatus status;

	private boolean urgent;

	private String language;

	@Enumerated(EnumType.STRING)
	private ContactMethod contactMethod;

	private @Nullable Double latitude;

	private @Nullable Double longitude;

	private String topics;

	private String warningSigns;

	private String nameSealed;

	private @Nullable String contactSealed;

	private String babySealed;

	private String questionSealed;

	private Instant createdAt;

	private Instant updatedAt;

	protected HelpRequest() {
		this.id = UUID.randomUUID();
		this.reference = "";
		this.secretHash = "";
		this.status = HelpStatus.WAITING;
		this.language = "";
		this.contactMethod = ContactMethod.IN_APP;
		this.topics = "";
		this.warningSigns = "";
		this.nameSealed = "";
		this.babySealed = "";
		this.questionSealed = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	HelpRequest(String reference, String secretHash, Submission submission, Sealed sealed, Instant now) {
		this();
		this.reference = reference;
		this.secretHash = secretHash;
		this.urgent = submission.urgent();
		this.language = submission.language();
		this.contactMethod = submission.contactMethod();
		this.latitude = submission.latitude();
		this.longitude = submission.longitude();
		this.topics = String.join(",", submission.topics().stream().map(Enum::name).sorted().toList());
		this.warningSigns = String.join(",", submission.signs().stream().map(Enum::name).sorted().toList());
		seal(sealed);
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** The sealed fields, as stored. */
	Sealed sealed() {
		return new Sealed(this.nameSealed, this.contactSealed, this.babySealed, this.questionSealed);
	}

	/** Replaces the sealed fields, as when they are sealed again with a newer key. */
	void seal(Sealed sealed) {
		this.nameSealed = sealed.name();
		this.contactSealed = sealed.contact();
		this.babySealed = sealed.baby();
		this.questionSealed = sealed.question();
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	UUID id() {
		return this.id;
	}

	String reference() {
		return this.reference;
	}

	HelpStatus status() {
		return this.status;
	}

	boolean urgent() {
		return this.urgent;
	}

	String language() {
		return this.language;
	}

	ContactMethod contactMethod() {
		return this.contactMethod;
	}

	List<Topic> topics() {
		List<Topic> topics = new ArrayList<>();
		for (String name : this.topics.split(",")) {
			if (!name.isEmpty()) {
				topics.add(Topic.valueOf(name));
			}
		}
		return topics;
	}

	boolean online() {
		return this.latitude == null;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	void touched(Instant now) {
		this.updatedAt = now;
	}

	/**
	 * The sensitive columns of a request, sealed or open, each named as the cipher binds
	 * it ({@link FieldCipher}).
	 */
	record Sealed(String name, @Nullable String contact, String baby, String question) {

		/**
		 * Each value passed through {@code each} with its field's name; none stays none.
		 */
		Sealed map(java.util.function.BinaryOperator<String> each) {
			return new Sealed(each.apply(HelpRequests.NAME, this.name),
					(this.contact == null) ? null : each.apply(HelpRequests.CONTACT, this.contact),
					each.apply(HelpRequests.BABY, this.baby), each.apply(HelpRequests.QUESTION, this.question));
		}

	}

}
