package org.latch.partner;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.account.AccountManagement;
import org.latch.account.Person;
import org.latch.partner.PartnerApplications.Evidence;

/**
 * Reads violation reports: everyone the published summaries, moderators the reports
 * themselves and their photos.
 */
@Service
@Transactional(readOnly = true)
class ViolationReads {

	/** How many decided reports the moderators' page lists. */
	static final int DECIDED_SHOWN = 50;

	private final ViolationReportRepository reports;

	private final ViolationStepRepository steps;

	private final ReportPhotos photos;

	private final AccountManagement accounts;

	ViolationReads(ViolationReportRepository reports, ViolationStepRepository steps, ReportPhotos photos,
			AccountManagement accounts) {
		this.reports = reports;
		this.steps = steps;
		this.photos = photos;
		this.accounts = accounts;
	}

	/**
	 * The published summaries, newest month first, of one country and one kind of breach
	 * when asked.
	 */
	List<PublishedViolation> published(@Nullable String country, @Nullable CodeArticle article, Locale reader) {
		DateTimeFormatter month = DateTimeFormatter.ofLocalizedPattern("yMMMM").withLocale(reader);
		return this.reports.findByStatusOrderBySummaryMonthDescPublishedAtDesc(ReportStatus.PUBLISHED)
			.stream()
			.filter(report -> report.summary() != null && report.publishedAt() != null)
			.filter(report -> country == null || country.equals(report.summary().country()))
			.filter(report -> article == null || article == report.summary().article())
			.map(report -> {
				ViolationSummary summary = report.summary();
				return new PublishedViolation(report.id(), summary.company(), summary.productKind(), summary.article(),
						Countries.name(summary.country(), reader), month.format(summary.month()), summary.text(),
						report.publishedAt());
			})
			.toList();
	}

	/** Reports waiting for a moderator, oldest first. */
	List<ReportRow> received(Locale reader) {
		return rows(this.reports.findByStatusOrderByReceivedAtAsc(ReportStatus.RECEIVED), reader);
	}

	/** The latest decided reports. */
	List<ReportRow> decided(Locale reader) {
		return rows(this.reports.findByStatusInOrderByDecidedAtDesc(
				EnumSet.complementOf(EnumSet.of(ReportStatus.RECEIVED)), Limit.of(DECIDED_SHOWN)), reader);
	}

	/** The other reports a received one may repeat: waiting or published. */
	List<ReportRow> duplicateChoices(UUID id, Locale reader) {
		List<ViolationReport> candidates = new java.util.ArrayList<>(
				this.reports.findByStatusOrderByReceivedAtAsc(ReportStatus.RECEIVED));
		candidates.addAll(this.reports.findByStatusOrderBySummaryMonthDescPublishedAtDesc(ReportStatus.PUBLISHED));
		return rows(candidates.stream().filter(report -> !report.id().equals(id)).toList(), reader);
	}

	Optional<ReportView> forModerator(UUID id, Locale reader) {
		return this.reports.findById(id).map(report -> {
			List<CodeHistoryEntry> history = this.steps.findByReportIdOrderByAtAsc(report.id())
				.stream()
				.map(step -> new CodeHistoryEntry(step.at(), actor(step.actorId()),
						"code.report.action." + step.action().name(), note(step)))
				.toList();
			NewViolationReport reported = report.asReported();
			ViolationSummary summary = report.summary();
			return new ReportView(report.id(), CodeMails.reference(report), report.status(), report.receivedAt(),
					report.language(), reported, Countries.name(reported.country(), reader),
					report.photoDeleted() ? null : report.photoType(), report.photoDeleted(), summary,
					(summary == null) ? null : Countries.name(summary.country(), reader), report.duplicateOf(),
					history);
		});
	}

	/** A report's photo, for moderators. */
	Optional<Evidence> photo(UUID id) {
		return this.reports.findById(id)
			.filter(report -> report.photoFile() != null && report.photoType() != null)
			.flatMap(
					report -> this.photos.find(report.photoFile()).map(file -> new Evidence(file, report.photoType())));
	}

	private List<ReportRow> rows(List<ViolationReport> found, Locale reader) {
		return found.stream().map(report -> {
			NewViolationReport reported = report.asReported();
			return new ReportRow(report.id(), CodeMails.reference(report), report.status(), report.receivedAt(),
					reported.company(), Countries.name(reported.country(), reader), reported.article());
		}).toList();
	}

	/** A duplicate's step names the report it repeats by its short reference. */
	private static @Nullable String note(ViolationStep step) {
		String note = step.note();
		if (step.action() == ViolationStep.Action.MARKED_DUPLICATE && note != null && note.length() >= 8) {
			return note.substring(0, 8).toUpperCase(Locale.ROOT);
		}
		return note;
	}

	private String actor(@Nullable UUID account) {
		return (account == null) ? "" : this.accounts.person(account).map(Person::displayName).orElse("—");
	}

}
