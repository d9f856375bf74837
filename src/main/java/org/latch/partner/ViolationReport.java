package org.latch.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * A report of a Code violation, sent without an account, and the summary moderators
 * published of it. The reporter's email is kept only until the report is decided and they
 * have been told.
 */
@Entity
@Table(name = "partner_violation_report")
class ViolationReport extends StoredEntity {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private ReportStatus status;

	private Instant receivedAt;

	private String language = "en";

	private String place = "";

	private String country = "";

	private LocalDate observedOn;

	private String company = "";

	private @Nullable String product;

	@Enumerated(EnumType.STRING)
	private ProductCategory productKind = ProductCategory.OTHER;

	@Enumerated(EnumType.STRING)
	private CodeArticle article = CodeArticle.OTHER;

	private String description = "";

	private @Nullable String photoFile;

	@Enumerated(EnumType.STRING)
	private @Nullable EvidenceType photoType;

	private @Nullable Long photoSize;

	private @Nullable String reporterEmail;

	private @Nullable UUID duplicateOf;

	private @Nullable String summaryCompany;

	@Enumerated(EnumType.STRING)
	private @Nullable ProductCategory summaryProductKind;

	@Enumerated(EnumType.STRING)
	private @Nullable CodeArticle summaryArticle;

	private @Nullable String summaryCountry;

	/** The first day of the summary's month. */
	private @Nullable LocalDate summaryMonth;

	private @Nullable String summaryText;

	private @Nullable Instant publishedAt;

	private @Nullable Instant decidedAt;

	@Version
	private long version;

	protected ViolationReport() {
		this.id = UUID.randomUUID();
		this.status = ReportStatus.RECEIVED;
		this.receivedAt = Instant.EPOCH;
		this.observedOn = LocalDate.EPOCH;
	}

	ViolationReport(NewViolationReport report, @Nullable StoredEvidence photo, String language, Instant now) {
		this.id = UUID.randomUUID();
		this.status = ReportStatus.RECEIVED;
		this.receivedAt = now;
		this.language = language;
		this.place = report.place();
		this.country = report.country();
		this.observedOn = report.observedOn();
		this.company = report.company();
		this.product = report.product();
		this.productKind = report.productKind();
		this.article = report.article();
		this.description = report.description();
		this.reporterEmail = report.reporterEmail();
		if (photo != null) {
			this.photoFile = photo.name();
			this.photoType = photo.type();
			this.photoSize = photo.size();
		}
	}

	void publish(ViolationSummary summary, Instant now) {
		this.summaryCompany = summary.company();
		this.summaryProductKind = summary.productKind();
		this.summaryArticle = summary.article();
		this.summaryCountry = summary.country();
		this.summaryMonth = summary.month().atDay(1);
		this.summaryText = summary.text();
		this.publishedAt = now;
		decide(ReportStatus.PUBLISHED, now);
	}

	void markDuplicateOf(UUID original, Instant now) {
		this.duplicateOf = original;
		decide(ReportStatus.DUPLICATE, now);
	}

	void decide(ReportStatus next, Instant now) {
		this.status = next;
		this.decidedAt = now;
		// The reporter has been told (in the same transaction): their address has done
		// its job.
		this.reporterEmail = null;
	}

	/**
	 * The photo's file is gone (deleted after the decision,
	 * {@code CodeSettings#photoKeepDays}); its type stays, so moderators read that one
	 * came and was deleted.
	 */
	void forgetPhoto() {
		this.photoFile = null;
	}

	/** Whether a photo came with the report and was deleted since. */
	boolean photoDeleted() {
		return this.photoType != null && this.photoFile == null;
	}

	NewViolationReport asReported() {
		return new NewViolationReport(this.place, this.country, this.observedOn, this.company, this.product,
				this.productKind, this.article, this.description, this.reporterEmail);
	}

	@Nullable ViolationSummary summary() {
		if (this.summaryCompany == null || this.summaryProductKind == null || this.summaryArticle == null
				|| this.summaryCountry == null || this.summaryMonth == null) {
			return null;
		}
		return new ViolationSummary(this.summaryCompany, this.summaryProductKind, this.summaryArticle,
				this.summaryCountry, YearMonth.from(this.summaryMonth), this.summaryText);
	}

	UUID id() {
		return this.id;
	}

	ReportStatus status() {
		return this.status;
	}

	Instant receivedAt() {
		return this.receivedAt;
	}

	String language() {
		return this.language;
	}

	@Nullable String photoFile() {
		return this.photoFile;
	}

	@Nullable EvidenceType photoType() {
		return this.photoType;
	}

	@Nullable String reporterEmail() {
		return this.reporterEmail;
	}

	@Nullable UUID duplicateOf() {
		return this.duplicateOf;
	}

	@Nullable Instant publishedAt() {
		return this.publishedAt;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
