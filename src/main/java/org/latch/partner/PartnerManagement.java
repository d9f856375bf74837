package org.latch.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.latch.partner.PartnerStep.Action;

/**
 * The partner module's facade: an applicant's Partner Profile saved step by step and
 * submitted, and the review that approves or declines it. Every step of the review is
 * recorded and emailed to the applicant; approval publishes {@link PartnerApproved}.
 */
@Service
public class PartnerManagement {

	/** Where each action may be taken, and where it leads. */
	private static final Map<Action, Transition> TRANSITIONS = Map.of(Action.REVIEW_STARTED,
			new Transition(PartnerStatus.SUBMITTED, PartnerStatus.IN_REVIEW, false), Action.INFORMATION_REQUESTED,
			new Transition(PartnerStatus.IN_REVIEW, PartnerStatus.INFORMATION_REQUESTED, true), Action.APPROVED,
			new Transition(PartnerStatus.IN_REVIEW, PartnerStatus.APPROVED, false), Action.DECLINED,
			new Transition(PartnerStatus.IN_REVIEW, PartnerStatus.DECLINED, true));

	private final PartnerApplicationRepository applications;

	private final PartnerStepRepository steps;

	private final EvidenceStore evidence;

	private final Eligibility eligibility;

	private final PartnerMails mails;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PartnerManagement(PartnerApplicationRepository applications, PartnerStepRepository steps, EvidenceStore evidence,
			Eligibility eligibility, PartnerMails mails, ApplicationEventPublisher events, Clock clock) {
		this.applications = applications;
		this.steps = steps;
		this.evidence = evidence;
		this.eligibility = eligibility;
		this.mails = mails;
		this.events = events;
		this.clock = clock;
	}

	/** Opens a new, empty draft for the applicant's organization. */
	@Transactional
	public PartnerId start(UUID applicant) {
		return new PartnerId(this.applications.save(new PartnerApplication(applicant, this.clock.instant())).id());
	}

	@Transactional
	public boolean saveOrganization(PartnerId id, UUID applicant, OrganizationDetails details) {
		return edit(id, applicant, application -> application.organization(details, this.clock.instant()));
	}

	/**
	 * Saves the registration number and, when given, a new evidence file (a PDF or an
	 * image, by its bytes). The replaced file is deleted once the change is committed.
	 */
	@Transactional
	public boolean saveRecognition(PartnerId id, UUID applicant, String registrationNumber,
			byte @Nullable [] evidenceFile) {
		Optional<PartnerApplication> found = editable(id, applicant);
		if (found.isEmpty()) {
			return false;
		}
		PartnerApplication application = found.get();
		StoredEvidence stored = null;
		if (evidenceFile != null) {
			EvidenceType type = EvidenceType.sniff(evidenceFile)
				.orElseThrow(() -> new IllegalArgumentException("Not a PDF or an image"));
			stored = this.evidence.store(evidenceFile, type);
			String replaced = application.evidenceFile();
			String added = stored.name();
			afterTransaction(committed -> {
				if (committed && replaced != null) {
					this.evidence.delete(replaced);
				}
				if (!committed) {
					this.evidence.delete(added);
				}
			});
		}
		application.recognition(registrationNumber, stored, this.clock.instant());
		return true;
	}

	@Transactional
	public boolean savePeople(PartnerId id, UUID applicant, PeopleDetails details) {
		return edit(id, applicant, application -> application.people(details, this.clock.instant()));
	}

	@Transactional
	public boolean savePledge(PartnerId id, UUID applicant, boolean pledged) {
		return edit(id, applicant, application -> application.pledge(pledged, this.clock.instant()));
	}

	/**
	 * Sends a complete, eligible draft (or an application the reviewers asked more about)
	 * to review.
	 */
	@Transactional
	public boolean submit(PartnerId id, UUID applicant) {
		return submitted(id, applicant) == ReviewOutcome.DONE;
	}

	@Transactional
	public boolean startReview(PartnerId id, UUID reviewer) {
		return review(id, reviewer, Action.REVIEW_STARTED, null) == ReviewOutcome.DONE;
	}

	@Transactional
	public boolean requestInformation(PartnerId id, UUID reviewer, String reason) {
		return review(id, reviewer, Action.INFORMATION_REQUESTED, reason) == ReviewOutcome.DONE;
	}

	@Transactional
	public boolean approve(PartnerId id, UUID reviewer, @Nullable String note) {
		return review(id, reviewer, Action.APPROVED, note) == ReviewOutcome.DONE;
	}

	@Transactional
	public boolean decline(PartnerId id, UUID reviewer, String reason) {
		return review(id, reviewer, Action.DECLINED, reason) == ReviewOutcome.DONE;
	}

	@Transactional
	ReviewOutcome submitted(PartnerId id, UUID applicant) {
		Optional<PartnerApplication> found = editable(id, applicant);
		if (found.isEmpty()) {
			return ReviewOutcome.NOT_FOUND;
		}
		PartnerApplication application = found.get();
		if (!application.organizationDone() || !application.peopleDone()) {
			return ReviewOutcome.INCOMPLETE;
		}
		if (!this.eligibility.eligible(application)) {
			return ReviewOutcome.NOT_ELIGIBLE;
		}
		Action action = (application.status() == PartnerStatus.DRAFT) ? Action.SUBMITTED : Action.RESUBMITTED;
		Instant now = this.clock.instant();
		application.moveTo(PartnerStatus.SUBMITTED, now);
		this.steps.save(new PartnerStep(application.id(), now, applicant, action, null));
		this.mails.stepTaken(application, action, null);
		return ReviewOutcome.DONE;
	}

	/**
	 * A reviewer's action: taken only from the state it belongs to, never on one's own
	 * application, with a reason where one is owed to the applicant, and approval only
	 * for an eligible application.
	 */
	@Transactional
	ReviewOutcome review(PartnerId id, UUID reviewer, Action action, @Nullable String note) {
		Transition transition = TRANSITIONS.get(action);
		Optional<PartnerApplication> found = this.applications.findById(id.value());
		if (transition == null || found.isEmpty() || found.get().status() == PartnerStatus.DRAFT) {
			return ReviewOutcome.NOT_FOUND;
		}
		PartnerApplication application = found.get();
		if (application.status() != transition.from()) {
			return ReviewOutcome.NOT_NOW;
		}
		if (application.applicantId().equals(reviewer)) {
			// Nobody reviews the application they made themselves.
			return ReviewOutcome.OWN_APPLICATION;
		}
		String reason = (note == null) ? "" : note.strip().replace("\u0000", "");
		if ((transition.reasonNeeded() && reason.isEmpty()) || reason.length() > PartnerChecks.MAX_TEXT) {
			return ReviewOutcome.NOTE_NEEDED;
		}
		if (action == Action.APPROVED && !this.eligibility.eligible(application)) {
			return ReviewOutcome.NOT_ELIGIBLE;
		}
		Instant now = this.clock.instant();
		application.moveTo(transition.to(), now);
		String saved = reason.isEmpty() ? null : reason;
		this.steps.save(new PartnerStep(application.id(), now, reviewer, action, saved));
		this.mails.stepTaken(application, action, saved);
		if (action == Action.APPROVED) {
			this.events.publishEvent(new PartnerApproved(id, application.applicantId()));
		}
		return ReviewOutcome.DONE;
	}

	/**
	 * An approved partner, as its agreement names it; empty for any other application.
	 */
	@Transactional(readOnly = true)
	public Optional<ApprovedPartner> approved(PartnerId id) {
		return this.applications.findById(id.value())
			.filter(application -> application.status() == PartnerStatus.APPROVED)
			.map(this::approved);
	}

	/** Every approved partner. */
	@Transactional(readOnly = true)
	public List<ApprovedPartner> approved() {
		return this.applications.findByStatusOrderByLegalNameAsc(PartnerStatus.APPROVED)
			.stream()
			.map(this::approved)
			.toList();
	}

	private ApprovedPartner approved(PartnerApplication a) {
		PartnerStep approval = this.steps.findByApplicationIdOrderByAtAsc(a.id())
			.reversed()
			.stream()
			.filter(step -> step.action() == Action.APPROVED)
			.findFirst()
			.orElseThrow();
		OrganizationDetails organization = new OrganizationDetails(String.valueOf(a.legalName()),
				String.valueOf(a.country()), String.valueOf(a.region()),
				(a.level() == null) ? PartnerLevel.LOCAL : a.level(), a.languages(), a.website(),
				String.valueOf(a.mission()));
		return new ApprovedPartner(new PartnerId(a.id()), a.applicantId(), organization,
				String.valueOf(a.registrationNumber()), a.pledgedAt(), approval.at(), approval.actorId());
	}

	/** Changes the applicant's own application while it is theirs to edit. */
	private boolean edit(PartnerId id, UUID applicant, Consumer<PartnerApplication> change) {
		Optional<PartnerApplication> application = editable(id, applicant);
		application.ifPresent(change);
		return application.isPresent();
	}

	private Optional<PartnerApplication> editable(PartnerId id, UUID applicant) {
		return this.applications.findById(id.value())
			.filter(application -> application.applicantId().equals(applicant) && application.status().editable());
	}

	private static void afterTransaction(Consumer<Boolean> action) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				action.accept(status == STATUS_COMMITTED);
			}
		});
	}

	private record Transition(PartnerStatus from, PartnerStatus to, boolean reasonNeeded) {
	}

}
