package org.latch.partner.agreement;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.latch.platform.StoredEntity;

/**
 * One yearly term of a partner's agreement: the document it was issued as (by its id and
 * SHA-256), the partner's signature, the platform's countersignature and the term that
 * follows. A signature is only ever given to the document the row points at; issuing the
 * document again clears both.
 */
@Entity
@Table(name = "partner_agreement")
class Agreement extends StoredEntity {

	@Id
	private UUID id;

	private UUID partnerId;

	private int term;

	private int revision;

	@Enumerated(EnumType.STRING)
	private AgreementStatus status;

	private String templateVersion;

	private String language;

	private UUID signatoryId;

	private @Nullable Instant codeAttestedAt;

	private Instant issuedAt;

	private UUID documentId;

	private String documentSha256;

	private @Nullable String signerName;

	private @Nullable Instant signedAt;

	private @Nullable String signerAddress;

	private @Nullable UUID countersignerId;

	private @Nullable String countersignerName;

	private @Nullable Instant countersignedAt;

	private @Nullable String countersignerAddress;

	private @Nullable UUID signedCopyId;

	private @Nullable String signedCopySha256;

	private @Nullable Instant startsAt;

	private @Nullable Instant endsAt;

	private @Nullable Integer remindedDays;

	private @Nullable Instant endRecordedAt;

	@Version
	private long version;

	protected Agreement() {
		this.id = UUID.randomUUID();
		this.partnerId = this.id;
		this.status = AgreementStatus.AWAITING_SIGNATURE;
		this.templateVersion = "";
		this.language = "en";
		this.signatoryId = this.id;
		this.issuedAt = Instant.EPOCH;
		this.documentId = this.id;
		this.documentSha256 = "";
	}

	Agreement(UUID partnerId, int term, UUID signatoryId, String language, @Nullable Instant codeAttestedAt,
			Instant now) {
		this.id = UUID.randomUUID();
		this.partnerId = partnerId;
		this.term = term;
		this.status = AgreementStatus.AWAITING_SIGNATURE;
		this.templateVersion = AgreementTemplate.VERSION;
		this.language = language;
		this.signatoryId = signatoryId;
		this.codeAttestedAt = codeAttestedAt;
		this.issuedAt = now;
		this.documentId = this.id;
		this.documentSha256 = "";
	}

	/**
	 * Points at a newly issued document; any signature given to the one before no longer
	 * counts.
	 */
	void issued(AgreementDocument document, Instant now) {
		this.revision++;
		this.documentId = document.id();
		this.documentSha256 = document.sha256();
		this.templateVersion = AgreementTemplate.VERSION;
		this.issuedAt = now;
		this.status = AgreementStatus.AWAITING_SIGNATURE;
		this.signerName = null;
		this.signedAt = null;
		this.signerAddress = null;
	}

	void signed(String name, String address, Instant now) {
		this.signerName = name;
		this.signerAddress = address;
		this.signedAt = now;
		this.status = AgreementStatus.AWAITING_COUNTERSIGNATURE;
	}

	/** Countersigned: the term runs from {@code startsAt} for one year. */
	void countersigned(UUID administrator, String name, String address, Instant now, Instant startsAt, Instant endsAt) {
		this.countersignerId = administrator;
		this.countersignerName = name;
		this.countersignerAddress = address;
		this.countersignedAt = now;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.status = AgreementStatus.COUNTERSIGNED;
	}

	void signedCopy(AgreementDocument copy) {
		this.signedCopyId = copy.id();
		this.signedCopySha256 = copy.sha256();
	}

	void reminded(int daysBefore) {
		this.remindedDays = daysBefore;
	}

	void endRecorded(Instant now) {
		this.endRecordedAt = now;
	}

	boolean inForce(Instant now) {
		return this.status == AgreementStatus.COUNTERSIGNED && this.startsAt != null && this.endsAt != null
				&& !this.startsAt.isAfter(now) && this.endsAt.isAfter(now);
	}

	UUID id() {
		return this.id;
	}

	UUID partnerId() {
		return this.partnerId;
	}

	int term() {
		return this.term;
	}

	/**
	 * How often the document was issued; the next document is issue {@code revision + 1}.
	 */
	int revision() {
		return this.revision;
	}

	AgreementStatus status() {
		return this.status;
	}

	String templateVersion() {
		return this.templateVersion;
	}

	String language() {
		return this.language;
	}

	UUID signatoryId() {
		return this.signatoryId;
	}

	@Nullable Instant codeAttestedAt() {
		return this.codeAttestedAt;
	}

	Instant issuedAt() {
		return this.issuedAt;
	}

	UUID documentId() {
		return this.documentId;
	}

	String documentSha256() {
		return this.documentSha256;
	}

	@Nullable String signerName() {
		return this.signerName;
	}

	@Nullable Instant signedAt() {
		return this.signedAt;
	}

	@Nullable String signerAddress() {
		return this.signerAddress;
	}

	@Nullable UUID countersignerId() {
		return this.countersignerId;
	}

	@Nullable String countersignerName() {
		return this.countersignerName;
	}

	@Nullable Instant countersignedAt() {
		return this.countersignedAt;
	}

	@Nullable String countersignerAddress() {
		return this.countersignerAddress;
	}

	@Nullable UUID signedCopyId() {
		return this.signedCopyId;
	}

	@Nullable String signedCopySha256() {
		return this.signedCopySha256;
	}

	@Nullable Instant startsAt() {
		return this.startsAt;
	}

	@Nullable Instant endsAt() {
		return this.endsAt;
	}

	@Nullable Integer remindedDays() {
		return this.remindedDays;
	}

	@Nullable Instant endRecordedAt() {
		return this.endRecordedAt;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
