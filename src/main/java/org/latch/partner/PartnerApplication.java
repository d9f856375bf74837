package org.latch.partner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.latch.platform.StoredEntity;

/**
 * An organization's Partner Profile and where it is in review. Saved step by step as a
 * draft; every field is empty until its step is saved with valid values.
 */
@Entity
@Table(name = "partner_application")
class PartnerApplication extends StoredEntity {

	@Id
	private UUID id;

	private UUID applicantId;

	@Enumerated(EnumType.STRING)
	private PartnerStatus status;

	private @Nullable String legalName;

	private @Nullable String country;

	private @Nullable String region;

	@Enumerated(EnumType.STRING)
	private @Nullable PartnerLevel level;

	private @Nullable String registrationNumber;

	private @Nullable String evidenceFile;

	@Enumerated(EnumType.STRING)
	private @Nullable EvidenceType evidenceType;

	private @Nullable Long evidenceSize;

	private @Nullable Integer members;

	private @Nullable Integer employees;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "partner_ibclc", joinColumns = @JoinColumn(name = "application_id"))
	@OrderColumn(name = "seq")
	private List<Ibclc> ibclcs = new ArrayList<>();

	private boolean codePledged;

	private @Nullable Instant pledgedAt;

	/** Language tags between commas, ",en,es,", so that one tag matches exactly. */
	private String languages = ",";

	private @Nullable String contactName;

	private @Nullable String contactEmail;

	private @Nullable String contactPhone;

	private @Nullable String website;

	private @Nullable String mission;

	private Instant createdAt;

	private Instant updatedAt;

	private @Nullable Instant submittedAt;

	private @Nullable Instant decidedAt;

	@Version
	private long version;

	protected PartnerApplication() {
		this.id = UUID.randomUUID();
		this.applicantId = this.id;
		this.status = PartnerStatus.DRAFT;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	PartnerApplication(UUID applicantId, Instant now) {
		this.id = UUID.randomUUID();
		this.applicantId = applicantId;
		this.status = PartnerStatus.DRAFT;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void organization(OrganizationDetails details, Instant now) {
		this.legalName = details.legalName();
		this.country = details.country();
		this.region = details.region();
		this.level = details.level();
		this.languages = "," + String.join(",", details.languages()) + ",";
		this.website = details.website();
		this.mission = details.mission();
		this.updatedAt = now;
	}

	/** The registration number, and the evidence when a new file was stored. */
	void recognition(String registrationNumber, @Nullable StoredEvidence evidence, Instant now) {
		this.registrationNumber = registrationNumber;
		if (evidence != null) {
			this.evidenceFile = evidence.name();
			this.evidenceType = evidence.type();
			this.evidenceSize = evidence.size();
		}
		this.updatedAt = now;
	}

	void people(PeopleDetails details, Instant now) {
		this.members = details.members();
		this.employees = details.employees();
		this.ibclcs.clear();
		this.ibclcs.addAll(details.ibclcs());
		this.contactName = details.contactName();
		this.contactEmail = details.contactEmail();
		this.contactPhone = details.contactPhone();
		this.updatedAt = now;
	}

	void pledge(boolean pledged, Instant now) {
		if (pledged && !this.codePledged) {
			this.pledgedAt = now;
		}
		this.codePledged = pledged;
		if (!pledged) {
			this.pledgedAt = null;
		}
		this.updatedAt = now;
	}

	/** Moves to {@code next}; submitting and deciding are remembered with their time. */
	void moveTo(PartnerStatus next, Instant now) {
		this.status = next;
		if (next == PartnerStatus.SUBMITTED) {
			this.submittedAt = now;
		}
		if (next == PartnerStatus.APPROVED || next == PartnerStatus.DECLINED) {
			this.decidedAt = now;
		}
		this.updatedAt = now;
	}

	boolean organizationDone() {
		return this.legalName != null;
	}

	boolean recognitionDone() {
		return this.registrationNumber != null && this.evidenceFile != null;
	}

	boolean peopleDone() {
		return this.members != null && this.contactName != null;
	}

	UUID id() {
		return this.id;
	}

	UUID applicantId() {
		return this.applicantId;
	}

	PartnerStatus status() {
		return this.status;
	}

	@Nullable String legalName() {
		return this.legalName;
	}

	@Nullable String country() {
		return this.country;
	}

	@Nullable String region() {
		return this.region;
	}

	@Nullable PartnerLevel level() {
		return this.level;
	}

	@Nullable String registrationNumber() {
		return this.registrationNumber;
	}

	@Nullable String evidenceFile() {
		return this.evidenceFile;
	}

	@Nullable EvidenceType evidenceType() {
		return this.evidenceType;
	}

	@Nullable Long evidenceSize() {
		return this.evidenceSize;
	}

	@Nullable Integer members() {
		return this.members;
	}

	@Nullable Integer employees() {
		return this.employees;
	}

	List<Ibclc> ibclcs() {
		return List.copyOf(this.ibclcs);
	}

	boolean codePledged() {
		return this.codePledged;
	}

	@Nullable Instant pledgedAt() {
		return this.pledgedAt;
	}

	List<String> languages() {
		return Arrays.stream(this.languages.split(",")).filter(tag -> !tag.isEmpty()).toList();
	}

	@Nullable String contactName() {
		return this.contactName;
	}

	@Nullable String contactEmail() {
		return this.contactEmail;
	}

	@Nullable String contactPhone() {
		return this.contactPhone;
	}

	@Nullable String website() {
		return this.website;
	}

	@Nullable String mission() {
		return this.mission;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	@Nullable Instant submittedAt() {
		return this.submittedAt;
	}

	@Nullable Instant decidedAt() {
		return this.decidedAt;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
