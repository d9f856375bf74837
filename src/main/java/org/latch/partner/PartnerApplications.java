package org.latch.partner;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.account.AccountManagement;
import org.latch.account.Person;
import org.latch.platform.Language;

/**
 * Reads applications for the people allowed to see them: an applicant their own, the
 * reviewers every submitted one (drafts stay private).
 */
@Service
@Transactional(readOnly = true)
class PartnerApplications {

	static final EnumSet<PartnerStatus> OPEN = EnumSet.of(PartnerStatus.SUBMITTED, PartnerStatus.IN_REVIEW,
			PartnerStatus.INFORMATION_REQUESTED);

	static final EnumSet<PartnerStatus> DECIDED = EnumSet.of(PartnerStatus.APPROVED, PartnerStatus.DECLINED);

	private final PartnerApplicationRepository applications;

	private final PartnerStepRepository steps;

	private final Eligibility eligibility;

	private final AccountManagement accounts;

	private final EvidenceStore evidence;

	PartnerApplications(PartnerApplicationRepository applications, PartnerStepRepository steps, Eligibility eligibility,
			AccountManagement accounts, EvidenceStore evidence) {
		this.applications = applications;
		this.steps = steps;
		this.eligibility = eligibility;
		this.accounts = accounts;
		this.evidence = evidence;
	}

	List<ApplicationSummary> mine(UUID applicant) {
		return this.applications.findByApplicantIdOrderByCreatedAtDesc(applicant)
			.stream()
			.map(ApplicationSummary::of)
			.toList();
	}

	List<ApplicationSummary> queue(EnumSet<PartnerStatus> statuses) {
		return this.applications.findByStatusInOrderBySubmittedAtAsc(statuses)
			.stream()
			.map(ApplicationSummary::of)
			.toList();
	}

	Optional<ApplicationView> forApplicant(UUID id, UUID applicant, Locale reader) {
		return own(id, applicant).map(application -> view(application, reader));
	}

	Optional<ApplicationView> forReviewer(UUID id, Locale reader) {
		return reviewable(id).map(application -> view(application, reader));
	}

	/** The form of an editable step, filled with what the applicant saved. */
	Optional<Object> form(ApplyStep step, UUID id, UUID applicant) {
		return own(id, applicant).map(application -> switch (step) {
			case ORGANIZATION -> OrganizationForm.of(application);
			case RECOGNITION -> new RecognitionForm(text(application.registrationNumber()));
			case PEOPLE -> PeopleForm.of(application);
			case PLEDGE, SUBMIT -> application.codePledged();
		});
	}

	/** The evidence file and its type, for the applicant or a reviewer. */
	Optional<Evidence> evidence(UUID id, UUID viewer, boolean reviewer) {
		Optional<PartnerApplication> found = reviewer ? reviewable(id).or(() -> own(id, viewer)) : own(id, viewer);
		return found.filter(application -> application.evidenceFile() != null && application.evidenceType() != null)
			.flatMap(application -> this.evidence.find(application.evidenceFile())
				.map(file -> new Evidence(file, application.evidenceType())));
	}

	/** A stored evidence file and the type its bytes were found to be. */
	record Evidence(Path file, EvidenceType type) {
	}

	private Optional<PartnerApplication> own(UUID id, UUID applicant) {
		return this.applications.findById(id).filter(application -> application.applicantId().equals(applicant));
	}

	private Optional<PartnerApplication> reviewable(UUID id) {
		return this.applications.findById(id).filter(application -> application.status() != PartnerStatus.DRAFT);
	}

	private ApplicationView view(PartnerApplication a, Locale reader) {
		List<ApplicationView.HistoryEntry> history = this.steps.findByApplicationIdOrderByAtAsc(a.id())
			.stream()
			.map(step -> new ApplicationView.HistoryEntry(step.at(),
					this.accounts.person(step.actorId()).map(Person::displayName).orElse("—"), step.action(),
					step.note()))
			.toList();
		List<ApplyStep> done = Arrays.stream(ApplyStep.values()).filter(step -> step.done(a)).toList();
		return new ApplicationView(a.id(), a.status(), text(a.legalName()),
				(a.country() == null) ? "" : Countries.name(a.country(), reader), text(a.region()), a.level(),
				text(a.registrationNumber()), a.evidenceType(), (a.evidenceSize() == null) ? 0 : a.evidenceSize(),
				(a.members() == null) ? "" : a.members().toString(),
				(a.employees() == null) ? "" : a.employees().toString(), a.ibclcs(), a.codePledged(), a.pledgedAt(),
				Language.nativeNamesOf(a.languages()), text(a.contactName()), text(a.contactEmail()),
				text(a.contactPhone()), text(a.website()), text(a.mission()), this.eligibility.check(a), done, history,
				a.submittedAt());
	}

	private static String text(@org.jspecify.annotations.Nullable String value) {
		return (value == null) ? "" : value;
	}

}
