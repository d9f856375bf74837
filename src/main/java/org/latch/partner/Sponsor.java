package org.latch.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;

import org.latch.platform.StoredEntity;

/**
 * An organization in the WHO Code sponsor register: what it makes or sells, the
 * attestation given for it, where its review stands, and the dates of its last approval.
 * It may be shown while that approval is current: approved (or sent again for renewal)
 * and before its expiry date.
 */
@Entity
@Table(name = "partner_sponsor")
class Sponsor extends StoredEntity {

	/** Statuses in which an unexpired approval still counts. */
	static final Set<SponsorStatus> SHOWN = EnumSet.of(SponsorStatus.APPROVED, SponsorStatus.SUBMITTED);

	@Id
	private UUID id;

	private UUID submitterId;

	@Enumerated(EnumType.STRING)
	private SponsorStatus status;

	private String organizationName = "";

	private String country = "";

	private @Nullable String website;

	@Enumerated(EnumType.STRING)
	@Column(name = "sponsor_role")
	private SponsorRole role = SponsorRole.SPONSOR;

	/** Read for a whole list of entries in one second query, not one per entry. */
	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "partner_sponsor_product", joinColumns = @JoinColumn(name = "sponsor_id"))
	@Column(name = "category")
	@Enumerated(EnumType.STRING)
	private Set<ProductCategory> products = new HashSet<>();

	private String productsDescription = "";

	private boolean affiliatedInScope;

	private String signerName = "";

	private String signerTitle = "";

	private String signerEmail = "";

	private String attestationVersion = CodeAttestation.CURRENT;

	private String attestationLanguage = "en";

	private Instant attestedAt;

	private @Nullable LocalDate approvedOn;

	private @Nullable LocalDate expiresOn;

	/** The expiry date the submitter was last reminded of, so each is reminded once. */
	private @Nullable LocalDate remindedFor;

	private Instant submittedAt;

	private @Nullable Instant decidedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Sponsor() {
		this.id = UUID.randomUUID();
		this.submitterId = this.id;
		this.status = SponsorStatus.SUBMITTED;
		this.attestedAt = Instant.EPOCH;
		this.submittedAt = Instant.EPOCH;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	Sponsor(UUID submitterId, SponsorDetails details, Attestation attestation, String language, Instant now) {
		this.id = UUID.randomUUID();
		this.submitterId = submitterId;
		this.createdAt = now;
		this.status = SponsorStatus.SUBMITTED;
		this.attestedAt = now;
		this.submittedAt = now;
		this.updatedAt = now;
		describe(details, attestation, language, now);
	}

	/**
	 * New details and a fresh attestation, sent to review again. An approval that is
	 * still current stays current until the reviewers decide (a renewal sent in time
	 * keeps the sponsor on campaigns meanwhile).
	 */
	void resubmit(SponsorDetails details, Attestation attestation, String language, Instant now) {
		describe(details, attestation, language, now);
		this.status = SponsorStatus.SUBMITTED;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	/**
	 * For an entry vetted before it was kept in Latch: the attestation keeps the date it
	 * was given on.
	 */
	void attestedEarlier(Instant at) {
		this.attestedAt = at;
		this.submittedAt = at;
	}

	void approve(LocalDate on, LocalDate expires, Instant now) {
		this.status = SponsorStatus.APPROVED;
		this.approvedOn = on;
		this.expiresOn = expires;
		decided(now);
	}

	/**
	 * Rejected or suspended: an approval that was still current ends today, so that
	 * sending the entry again cannot bring it back without a new approval.
	 */
	void withdraw(SponsorStatus next, LocalDate today, Instant now) {
		this.status = next;
		if (this.expiresOn != null && this.expiresOn.isAfter(today)) {
			this.expiresOn = today;
		}
		decided(now);
	}

	/**
	 * True, and recorded, when the submitter should now be reminded that this approval
	 * ends on {@code expiresOn}: approved (not yet sent again for renewal), ending within
	 * {@code days} after {@code today}, and not reminded of that date before.
	 */
	boolean remindNow(LocalDate today, int days) {
		if (this.status != SponsorStatus.APPROVED || this.expiresOn == null || !this.expiresOn.isAfter(today)
				|| this.expiresOn.isAfter(today.plusDays(days)) || this.expiresOn.equals(this.remindedFor)) {
			return false;
		}
		this.remindedFor = this.expiresOn;
		return true;
	}

	/** Whether it may be shown on that day. */
	boolean currentOn(LocalDate day) {
		return SHOWN.contains(this.status) && this.expiresOn != null && day.isBefore(this.expiresOn);
	}

	SponsorDetails details() {
		return new SponsorDetails(this.organizationName, this.country, this.website, this.role, this.products,
				this.productsDescription, this.affiliatedInScope);
	}

	Attestation attestation() {
		return new Attestation(this.signerName, this.signerTitle, this.signerEmail);
	}

	CurrentSponsor asCurrent() {
		return new CurrentSponsor(new SponsorId(this.id), this.organizationName, this.country, this.website, this.role,
				(this.expiresOn == null) ? LocalDate.MIN : this.expiresOn);
	}

	private void describe(SponsorDetails details, Attestation attestation, String language, Instant now) {
		this.organizationName = details.name();
		this.country = details.country();
		this.website = details.website();
		this.role = details.role();
		this.products.clear();
		this.products.addAll(details.products());
		this.productsDescription = details.description();
		this.affiliatedInScope = details.affiliated();
		this.signerName = attestation.signer();
		this.signerTitle = attestation.title();
		this.signerEmail = attestation.email();
		this.attestationVersion = CodeAttestation.CURRENT;
		this.attestationLanguage = language;
		this.attestedAt = now;
	}

	private void decided(Instant now) {
		this.decidedAt = now;
		this.updatedAt = now;
	}

	UUID id() {
		return this.id;
	}

	UUID submitterId() {
		return this.submitterId;
	}

	SponsorStatus status() {
		return this.status;
	}

	String name() {
		return this.organizationName;
	}

	String attestationVersion() {
		return this.attestationVersion;
	}

	String attestationLanguage() {
		return this.attestationLanguage;
	}

	Instant attestedAt() {
		return this.attestedAt;
	}

	@Nullable LocalDate approvedOn() {
		return this.approvedOn;
	}

	@Nullable LocalDate expiresOn() {
		return this.expiresOn;
	}

	Instant submittedAt() {
		return this.submittedAt;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
