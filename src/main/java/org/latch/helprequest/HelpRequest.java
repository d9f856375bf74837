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
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

import org.latch.platform.StoredEntity;
import org.latch.platform.FieldCipher;

/**
 * A family's question. Everything the family wrote and how to reach them is held sealed
 * ({@link FieldCipher}); {@link HelpRequests} seals and opens it. Changes of its state
 * (routing, answering, closing) lock its row first ({@code lockById}); updates write only
 * the columns that changed, so a family's new message never undoes them.
 */
@Entity
@Table(name = "help_request")
@DynamicUpdate
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

	private @Nullable UUID helperId;

	private @Nullable UUID areaId;

	private @Nullable Instant assignedAt;

	private @Nullable Instant answeredAt;

	private @Nullable Instant escalatedAt;

	private @Nullable Instant closedAt;

	@Enumerated(EnumType.STRING)
	private @Nullable Outcome outcome;

	private @Nullable Integer rating;

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

	@Nullable Double latitude() {
		return this.latitude;
	}

	@Nullable Double longitude() {
		return this.longitude;
	}

	@Nullable UUID helperId() {
		return this.helperId;
	}

	@Nullable UUID areaId() {
		return this.areaId;
	}

	@Nullable Instant assignedAt() {
		return this.assignedAt;
	}

	@Nullable Instant answeredAt() {
		return this.answeredAt;
	}

	@Nullable Instant escalatedAt() {
		return this.escalatedAt;
	}

	@Nullable Instant closedAt() {
		return this.closedAt;
	}

	@Nullable Outcome outcome() {
		return this.outcome;
	}

	@Nullable Integer rating() {
		return this.rating;
	}

	/**
	 * The family thanks their Leader and says how helpful the answer was (1 to 5); once,
	 * and only after a Leader answered. False otherwise.
	 */
	boolean thank(int rating, Instant now) {
		if (this.answeredAt == null || this.rating != null || rating < 1 || rating > 5) {
			return false;
		}
		this.rating = rating;
		this.updatedAt = now;
		return true;
	}

	/**
	 * The request belongs to the area of the first Leader it was offered to, so that the
	 * area's administrators see it waiting.
	 */
	void placeIn(@Nullable UUID area) {
		if (this.areaId == null) {
			this.areaId = area;
		}
	}

	/** One Leader answers the request from now on. */
	void assign(UUID helper, @Nullable UUID area, Instant now) {
		this.status = HelpStatus.ANSWERING;
		this.helperId = helper;
		if (area != null) {
			this.areaId = area;
		}
		this.assignedAt = now;
		this.updatedAt = now;
	}

	/** Nobody took the request: it waits for the Area Administrators of {@code area}. */
	void escalate(@Nullable UUID area, Instant now) {
		this.status = HelpStatus.ESCALATED;
		this.areaId = area;
		this.escalatedAt = now;
		this.updatedAt = now;
	}

	/** Marks the Leader's first answer; true only the first time. */
	boolean answered(Instant now) {
		this.updatedAt = now;
		if (this.answeredAt != null) {
			return false;
		}
		this.answeredAt = now;
		return true;
	}

	void close(Outcome outcome, java.util.Collection<Topic> topics, Instant now) {
		this.status = HelpStatus.CLOSED;
		this.outcome = outcome;
		if (!topics.isEmpty()) {
			this.topics = String.join(",", topics.stream().map(Enum::name).sorted().toList());
		}
		this.closedAt = now;
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
