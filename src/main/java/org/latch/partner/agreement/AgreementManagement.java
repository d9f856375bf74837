package org.latch.partner.agreement;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.account.AccountManagement;
import org.latch.account.Person;
import org.latch.partner.ApprovedPartner;
import org.latch.partner.PartnerApproved;
import org.latch.partner.PartnerId;
import org.latch.partner.PartnerManagement;
import org.latch.partner.agreement.AgreementStep.Action;
import org.latch.platform.Language;

/**
 * Partner agreements: issued when a partner is approved, signed by the partner's
 * signatory, countersigned by a platform administrator (never the signatory), and renewed
 * every year with a fresh attestation of the International Code. A signature is refused
 * unless it names the hash of the document as it is now. Every step is kept in the audit
 * trail and emailed to whoever acts next.
 */
@Service
public class AgreementManagement {

	private final AgreementRepository agreements;

	private final AgreementStepRepository steps;

	private final AgreementDocuments documents;

	private final PartnerManagement partners;

	private final AccountManagement accounts;

	private final AgreementMails mails;

	private final AgreementSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AgreementManagement(AgreementRepository agreements, AgreementStepRepository steps, AgreementDocuments documents,
			PartnerManagement partners, AccountManagement accounts, AgreementMails mails, AgreementSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.agreements = agreements;
		this.steps = steps;
		this.documents = documents;
		this.partners = partners;
		this.accounts = accounts;
		this.mails = mails;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * An approved partner's first agreement is issued by the approving reviewer, in the
	 * approval's transaction.
	 */
	@EventListener
	void on(PartnerApproved approved) {
		UUID reviewer = this.partners.approved(approved.partner()).map(ApprovedPartner::approvedBy).orElse(null);
		issued(approved.partner(), reviewer, this.clock.instant());
	}

	/**
	 * The partners whose agreement is in force now: countersigned and within its term.
	 */
	@Transactional(readOnly = true)
	public Set<PartnerId> inForce() {
		return this.agreements.partnersInForce(this.clock.instant(), AgreementStatus.COUNTERSIGNED)
			.stream()
			.map(PartnerId::new)
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Every countersigned term that has not ended at {@code now}: the one running and any
	 * renewal agreed ahead of it.
	 */
	@Transactional(readOnly = true)
	public java.util.List<AgreementTerm> termsNotEnded(Instant now) {
		return this.agreements.termsNotEnded(now, AgreementStatus.COUNTERSIGNED)
			.stream()
			.map(AgreementManagement::term)
			.toList();
	}

	/** The partner's term in force now, if any. */
	@Transactional(readOnly = true)
	public Optional<AgreementTerm> termInForce(PartnerId partner) {
		Instant now = this.clock.instant();
		return this.agreements.findByPartnerIdOrderByTermDesc(partner.value())
			.stream()
			.filter(agreement -> agreement.inForce(now))
			.findFirst()
			.map(AgreementManagement::term);
	}

	/** The SHA-256 of the document of the partner's latest agreement. */
	@Transactional(readOnly = true)
	public Optional<String> latestDocument(PartnerId partner) {
		return this.agreements.findFirstByPartnerIdOrderByTermDesc(partner.value()).map(Agreement::documentSha256);
	}

	/**
	 * The partner's signatory signs its latest agreement; {@code at} is when (the pages
	 * pass the present, demo data earlier days).
	 */
	@Transactional
	public boolean sign(PartnerId partner, UUID signatory, Signature signature, Instant at) {
		return latest(partner).map(agreement -> signed(agreement.id(), signatory, signature, at))
			.orElse(AgreementOutcome.NOT_FOUND) == AgreementOutcome.DONE;
	}

	/** A platform administrator countersigns the partner's latest agreement. */
	@Transactional
	public boolean countersign(PartnerId partner, UUID administrator, Signature signature, Instant at) {
		return latest(partner).map(agreement -> countersigned(agreement.id(), administrator, signature, at))
			.orElse(AgreementOutcome.NOT_FOUND) == AgreementOutcome.DONE;
	}

	/**
	 * Issues the first agreement of an approved partner that has none; {@code actor} is
	 * who caused it (the reviewer approving, an administrator, or nobody at night).
	 */
	@Transactional
	AgreementOutcome issued(PartnerId id, @Nullable UUID actor, Instant now) {
		Optional<ApprovedPartner> partner = this.partners.approved(id);
		if (partner.isEmpty()) {
			return AgreementOutcome.NOT_FOUND;
		}
		if (latest(id).isPresent()) {
			return AgreementOutcome.NOT_NOW;
		}
		ApprovedPartner approved = partner.get();
		Agreement agreement = new Agreement(id.value(), 1, approved.signatory(), language(approved.signatory()),
				approved.pledgedAt(), now);
		store(agreement, approved, null, now, actor, Action.ISSUED);
		return AgreementOutcome.DONE;
	}

	/**
	 * Issues the latest agreement again from the current template and details while it is
	 * unsigned or waits for countersignature; a signature given before no longer counts.
	 */
	@Transactional
	AgreementOutcome reissued(PartnerId id, UUID administrator, Instant now) {
		Optional<ApprovedPartner> partner = this.partners.approved(id);
		Optional<Agreement> found = latest(id);
		if (partner.isEmpty() || found.isEmpty()) {
			return AgreementOutcome.NOT_FOUND;
		}
		if (!platformAdministrator(administrator)) {
			return AgreementOutcome.NOT_ALLOWED;
		}
		Agreement agreement = found.get();
		if (agreement.status() == AgreementStatus.COUNTERSIGNED) {
			return AgreementOutcome.NOT_NOW;
		}
		AgreementDocument document = this.documents
			.save(this.documents.issue(agreement, partner.get(), renews(agreement), now));
		agreement.issued(document, now);
		this.steps.save(AgreementStep.of(agreement, now, administrator, Action.REISSUED, null));
		this.mails.toSign(agreement, partner.get().organization().legalName());
		return AgreementOutcome.DONE;
	}

	/**
	 * Renews an agreement whose term ends within the renewal window (or has ended): the
	 * signatory attests the International Code again, and next year's agreement is issued
	 * for them to sign.
	 */
	@Transactional
	AgreementOutcome renewed(PartnerId id, UUID signatory, boolean attested, Instant now) {
		Optional<ApprovedPartner> partner = this.partners.approved(id);
		Optional<Agreement> found = latest(id);
		if (partner.isEmpty() || found.isEmpty() || !partner.get().signatory().equals(signatory)) {
			return AgreementOutcome.NOT_FOUND;
		}
		if (!renewable(found.get(), now)) {
			return AgreementOutcome.NOT_NOW;
		}
		if (!attested) {
			return AgreementOutcome.ATTESTATION_NEEDED;
		}
		Agreement next = new Agreement(id.value(), found.get().term() + 1, signatory, language(signatory), now, now);
		store(next, partner.get(), found.get().endsAt(), now, signatory, Action.CODE_ATTESTED, Action.ISSUED);
		return AgreementOutcome.DONE;
	}

	@Transactional
	AgreementOutcome signed(UUID id, UUID signer, Signature signature, Instant now) {
		Optional<Agreement> found = this.agreements.findById(id);
		if (found.isEmpty() || !found.get().signatoryId().equals(signer)) {
			return AgreementOutcome.NOT_FOUND;
		}
		Agreement agreement = found.get();
		AgreementOutcome refused = signature.refusal(agreement, AgreementStatus.AWAITING_SIGNATURE);
		if (refused != AgreementOutcome.DONE) {
			return refused;
		}
		String name = TypedNames.check(signature.typedName()).orElseThrow();
		agreement.signed(name, signature.shortAddress(), now);
		this.steps.save(AgreementStep.signature(agreement, now, signer, Action.SIGNED, name, signature.shortAddress()));
		ApprovedPartner partner = this.partners.approved(new PartnerId(agreement.partnerId())).orElseThrow();
		this.mails.toCountersign(agreement, partner.organization().legalName(), lastAdministrator(agreement, partner));
		return AgreementOutcome.DONE;
	}

	/**
	 * Countersigned, the term starts: now, or when the term it renews ends if that is
	 * later, for one year. A signed copy with the record of both signatures is made.
	 */
	@Transactional
	AgreementOutcome countersigned(UUID id, UUID administrator, Signature signature, Instant now) {
		Optional<Agreement> found = this.agreements.findById(id);
		if (found.isEmpty()) {
			return AgreementOutcome.NOT_FOUND;
		}
		Agreement agreement = found.get();
		if (!platformAdministrator(administrator)) {
			return AgreementOutcome.NOT_ALLOWED;
		}
		if (agreement.signatoryId().equals(administrator)) {
			return AgreementOutcome.OWN_AGREEMENT;
		}
		AgreementOutcome refused = signature.refusal(agreement, AgreementStatus.AWAITING_COUNTERSIGNATURE);
		if (refused != AgreementOutcome.DONE) {
			return refused;
		}
		String name = TypedNames.check(signature.typedName()).orElseThrow();
		Instant previousEnd = renews(agreement);
		Instant starts = (previousEnd != null && previousEnd.isAfter(now)) ? previousEnd : now;
		Instant ends = starts.atZone(ZoneOffset.UTC).plusYears(1).toInstant();
		agreement.countersigned(administrator, name, signature.shortAddress(), now, starts, ends);
		ApprovedPartner partner = this.partners.approved(new PartnerId(agreement.partnerId())).orElseThrow();
		Person signatory = this.accounts.person(agreement.signatoryId())
			.orElse(new Person(agreement.signatoryId(), "—", "—", "en", java.util.List.of()));
		agreement.signedCopy(this.documents.signedCopy(agreement, partner, signatory, now));
		this.steps.save(AgreementStep.signature(agreement, now, administrator, Action.COUNTERSIGNED, name,
				signature.shortAddress()));
		this.mails.countersigned(agreement, partner.organization().legalName());
		this.events.publishEvent(new AgreementCountersigned(term(agreement)));
		return AgreementOutcome.DONE;
	}

	/** Renewal opens with the first reminder before the end of a countersigned term. */
	boolean renewable(Agreement latest, Instant now) {
		return latest.status() == AgreementStatus.COUNTERSIGNED && latest.endsAt() != null
				&& !now.isBefore(latest.endsAt().minus(java.time.Duration.ofDays(this.settings.renewalDays())));
	}

	/**
	 * Saves a new agreement, then its document and steps (which refer to it), and asks
	 * for a signature.
	 */
	private void store(Agreement agreement, ApprovedPartner partner, @Nullable Instant renews, Instant now,
			@Nullable UUID actor, Action... actions) {
		AgreementDocument document = this.documents.issue(agreement, partner, renews, now);
		agreement.issued(document, now);
		this.agreements.saveAndFlush(agreement);
		this.documents.save(document);
		for (Action action : actions) {
			this.steps.save(AgreementStep.of(agreement, now, actor, action, null));
		}
		this.mails.toSign(agreement, partner.organization().legalName());
	}

	/** The end of the term an agreement renews, if it renews one. */
	private @Nullable Instant renews(Agreement agreement) {
		return this.agreements.findByPartnerIdOrderByTermDesc(agreement.partnerId())
			.stream()
			.filter(other -> other.term() == agreement.term() - 1)
			.findFirst()
			.map(Agreement::endsAt)
			.orElse(null);
	}

	/** Who countersigned the term before, or else who approved the partner. */
	private UUID lastAdministrator(Agreement agreement, ApprovedPartner partner) {
		return this.agreements.findByPartnerIdOrderByTermDesc(agreement.partnerId())
			.stream()
			.map(Agreement::countersignerId)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(partner.approvedBy());
	}

	private static AgreementTerm term(Agreement agreement) {
		return new AgreementTerm(new PartnerId(agreement.partnerId()), agreement.id(), agreement.term(),
				java.util.Objects.requireNonNull(agreement.startsAt()),
				java.util.Objects.requireNonNull(agreement.endsAt()));
	}

	private Optional<Agreement> latest(PartnerId partner) {
		return this.agreements.findFirstByPartnerIdOrderByTermDesc(partner.value());
	}

	private boolean platformAdministrator(UUID account) {
		return this.accounts.person(account)
			.map(person -> this.accounts.grantsOf(person.email()))
			.orElse(java.util.List.of())
			.stream()
			.anyMatch(grant -> grant.role() == org.latch.account.Role.PLATFORM_ADMIN);
	}

	private String language(UUID account) {
		return this.accounts.person(account)
			.flatMap(person -> Language.match(person.language()))
			.orElse(Language.ENGLISH)
			.tag();
	}

}
