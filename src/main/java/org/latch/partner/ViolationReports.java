package org.latch.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.account.AccountManagement;
import org.latch.partner.ViolationStep.Action;
import org.latch.platform.Language;

/**
 * Reports of International Code violations: anyone may send one, with a photo; the
 * register's reviewers moderate them, publishing an anonymized summary, refusing them
 * with a reason, or marking them as the same as another. A reporter who left an address
 * is told of each, then the address is deleted.
 */
@Service
public class ViolationReports {

	private final ViolationReportRepository reports;

	private final ViolationStepRepository steps;

	private final ReportPhotos photos;

	private final CodeMails mails;

	private final AccountManagement accounts;

	private final Clock clock;

	ViolationReports(ViolationReportRepository reports, ViolationStepRepository steps, ReportPhotos photos,
			CodeMails mails, AccountManagement accounts, Clock clock) {
		this.reports = reports;
		this.steps = steps;
		this.photos = photos;
		this.mails = mails;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Stores a report, with its photo (PNG, JPEG or WebP by its bytes) stripped of
	 * everything but the picture, and acknowledges it to the reporter in {@code language}
	 * when they left an address.
	 * @throws IllegalArgumentException when the photo is not a well-formed image
	 */
	@Transactional
	public ViolationReportId submit(NewViolationReport report, byte @Nullable [] photo, Locale language) {
		StoredEvidence stored = null;
		if (photo != null) {
			EvidenceType type = EvidenceType.sniff(photo)
				.filter(EvidenceType::image)
				.orElseThrow(() -> new IllegalArgumentException("Not a PNG, JPEG or WebP image"));
			byte[] picture = ImageMetadata.strip(photo, type)
				.orElseThrow(() -> new IllegalArgumentException("Not a well-formed image"));
			stored = this.photos.store(picture, type);
			this.photos.deleteUnlessCommitted(stored.name());
		}
		Instant now = this.clock.instant();
		ViolationReport saved = this.reports
			.save(new ViolationReport(report, stored, Language.of(language).tag(), now));
		this.steps.save(new ViolationStep(saved.id(), now, null, Action.RECEIVED, null));
		this.mails.reporterNote(saved, Action.RECEIVED, null);
		return new ViolationReportId(saved.id());
	}

	/** Publishes the moderator's anonymized summary of a report. */
	@Transactional
	public boolean publish(ViolationReportId id, UUID moderator, ViolationSummary summary) {
		return moderate(id, moderator, Action.PUBLISHED, null, summary, null) == ReviewOutcome.DONE;
	}

	@Transactional
	public boolean reject(ViolationReportId id, UUID moderator, String reason) {
		return moderate(id, moderator, Action.REJECTED, reason, null, null) == ReviewOutcome.DONE;
	}

	@Transactional
	public boolean markDuplicate(ViolationReportId id, UUID moderator, ViolationReportId original) {
		return moderate(id, moderator, Action.MARKED_DUPLICATE, null, null, original) == ReviewOutcome.DONE;
	}

	/**
	 * A moderator's decision: publishing, refusing (with a reason, sent to the reporter)
	 * or marking a duplicate of another report are taken on a received report; taking a
	 * published summary down (with a reason) on a published one. Nobody moderates a
	 * report sent from their own address.
	 */
	@Transactional
	ReviewOutcome moderate(ViolationReportId id, UUID moderator, Action action, @Nullable String note,
			@Nullable ViolationSummary summary, @Nullable ViolationReportId original) {
		Optional<ViolationReport> found = this.reports.findById(id.value());
		if (found.isEmpty() || action == Action.RECEIVED) {
			return ReviewOutcome.NOT_FOUND;
		}
		ViolationReport report = found.get();
		ReportStatus from = (action == Action.WITHDRAWN) ? ReportStatus.PUBLISHED : ReportStatus.RECEIVED;
		if (report.status() != from) {
			return ReviewOutcome.NOT_NOW;
		}
		if (report.reporterEmail() != null && this.accounts.person(moderator)
			.filter(person -> person.email().equalsIgnoreCase(report.reporterEmail()))
			.isPresent()) {
			return ReviewOutcome.OWN_APPLICATION;
		}
		String reason = (note == null) ? "" : PartnerChecks.text(note);
		boolean reasonNeeded = action == Action.REJECTED || action == Action.WITHDRAWN;
		if ((reasonNeeded && reason.isEmpty()) || reason.length() > PartnerChecks.MAX_TEXT
				|| (action == Action.PUBLISHED && summary == null)
				|| (action == Action.MARKED_DUPLICATE && !isOther(original, report))) {
			return ReviewOutcome.NOTE_NEEDED;
		}
		Instant now = this.clock.instant();
		String saved = reason.isEmpty() ? null : reason;
		this.mails.reporterNote(report, action, saved);
		switch (action) {
			case PUBLISHED -> report.publish(summary, now);
			case MARKED_DUPLICATE -> report.markDuplicateOf(original.value(), now);
			case REJECTED -> report.decide(ReportStatus.REJECTED, now);
			default -> report.decide(ReportStatus.WITHDRAWN, now);
		}
		this.steps.save(new ViolationStep(report.id(), now, moderator, action,
				(action == Action.MARKED_DUPLICATE) ? original.value().toString() : saved));
		return ReviewOutcome.DONE;
	}

	private boolean isOther(@Nullable ViolationReportId original, ViolationReport report) {
		return original != null && !original.value().equals(report.id()) && this.reports.existsById(original.value());
	}

}
