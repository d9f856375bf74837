package org.latch.partner.benefit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.partner.ApprovedPartner;
import org.latch.partner.PartnerId;
import org.latch.partner.PartnerManagement;
import org.latch.partner.agreement.AgreementManagement;
import org.latch.partner.agreement.AgreementTerm;
import org.latch.platform.Language;

/**
 * A partner's benefits and obligations: the ledger page, promotion requests (sent while
 * the agreement is in force, decided once by the staff) and the obligations the partner
 * offers, whose status the staff set. Who may do what is the controllers' to check.
 */
@Service
class PartnerLedger {

	private final PartnerManagement partners;

	private final AgreementManagement agreements;

	private final BenefitCodes codes;

	private final PromotionRepository promotions;

	private final ObligationRepository obligations;

	private final LeadershipMeetingRepository meetings;

	private final MeetingInvitationRepository invitations;

	private final BenefitMails mails;

	private final Clock clock;

	PartnerLedger(PartnerManagement partners, AgreementManagement agreements, BenefitCodes codes,
			PromotionRepository promotions, ObligationRepository obligations, LeadershipMeetingRepository meetings,
			MeetingInvitationRepository invitations, BenefitMails mails, Clock clock) {
		this.partners = partners;
		this.agreements = agreements;
		this.codes = codes;
		this.promotions = promotions;
		this.obligations = obligations;
		this.meetings = meetings;
		this.invitations = invitations;
		this.mails = mails;
		this.clock = clock;
	}

	/** The approved partner, if there is one by this id. */
	@Transactional(readOnly = true)
	Optional<ApprovedPartner> partner(UUID partner) {
		return this.partners.approved(new PartnerId(partner));
	}

	@Transactional(readOnly = true)
	LedgerPage page(ApprovedPartner partner, boolean signatory, boolean staff, Locale reader) {
		UUID id = partner.id().value();
		Instant now = this.clock.instant();
		Optional<AgreementTerm> term = this.agreements.termInForce(partner.id());
		Map<UUID, LeadershipMeeting> meetings = this.meetings
			.findAllById(this.invitations.ofPartner(id).stream().map(MeetingInvitation::meetingId).toList())
			.stream()
			.collect(Collectors.toMap(LeadershipMeeting::id, Function.identity()));
		List<LedgerPage.Invitation> invited = meetings.values()
			.stream()
			.sorted(java.util.Comparator.comparing(LeadershipMeeting::startsAt).reversed())
			.map(meeting -> new LedgerPage.Invitation(meeting.title(), meeting.startsAt(), meeting.zone().getId(),
					DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
						.withLocale(reader)
						.withZone(meeting.zone())
						.format(meeting.startsAt()),
					meeting.link(), meeting.startsAt().isBefore(now)))
			.toList();
		List<LedgerPage.PromotionView> asked = this.promotions.findByPartnerIdOrderBySubmittedAtDesc(id)
			.stream()
			.map(PartnerLedger::view)
			.toList();
		List<LedgerPage.ObligationView> offered = this.obligations.findByPartnerIdOrderByOfferedAtDesc(id)
			.stream()
			.map(o -> new LedgerPage.ObligationView(o.id(), o.kind(), o.details(),
					Language.nativeNamesOf(o.languages()), o.status(), o.offeredAt(), o.changedAt()))
			.toList();
		return new LedgerPage(id, partner.organization().legalName(), term.map(AgreementTerm::term).orElse(0),
				term.map(AgreementTerm::endsAt).orElse(null), this.codes.of(id),
				Language.nativeNamesOf(partner.organization().languages()), invited, asked, offered, signatory, staff);
	}

	/**
	 * A promotion request from the partner's signatory, while its agreement is in force;
	 * its id, none when no agreement is in force.
	 */
	@Transactional
	Optional<UUID> requestPromotion(ApprovedPartner partner, UUID signatory, PromotionForm form) {
		if (this.agreements.termInForce(partner.id()).isEmpty()) {
			return Optional.empty();
		}
		return Optional
			.of(this.promotions.save(new Promotion(partner.id().value(), form, signatory, this.clock.instant())).id());
	}

	/**
	 * The staff approve (listed publicly) or decline (with a reason) a pending request;
	 * false when it is not the partner's or no longer pending.
	 */
	@Transactional
	boolean decide(ApprovedPartner partner, UUID promotionId, UUID staff, boolean approve, @Nullable String reason) {
		Optional<Promotion> found = this.promotions.findById(promotionId)
			.filter(promotion -> promotion.partnerId().equals(partner.id().value()));
		if (found.isEmpty() || !found.get()
			.decide(approve ? Promotion.Status.APPROVED : Promotion.Status.DECLINED, staff,
					approve ? null : String.valueOf(reason).strip(), this.clock.instant())) {
			return false;
		}
		String name = partner.organization().legalName();
		if (approve) {
			this.mails.approved(partner.signatory(), partner.id().value(), name, found.get());
		}
		else {
			this.mails.declined(partner.signatory(), partner.id().value(), name, found.get());
		}
		return true;
	}

	/** Saves an offer checked by {@link LedgerChecks#obligation}; its id. */
	@Transactional
	UUID offer(ApprovedPartner partner, UUID signatory, ObligationForm form) {
		Obligation.Kind kind = Obligation.Kind.valueOf(String.valueOf(form.offer()));
		List<String> languages = (kind == Obligation.Kind.TRANSLATION && form.languages() != null)
				? form.languages().stream().distinct().toList() : List.of();
		return this.obligations
			.save(new Obligation(partner.id().value(), kind, String.valueOf(form.details()).strip(), languages,
					signatory, this.clock.instant()))
			.id();
	}

	/** The staff set an obligation's status; false when it is not the partner's. */
	@Transactional
	boolean status(ApprovedPartner partner, UUID obligationId, Obligation.Status status, UUID staff) {
		Optional<Obligation> found = this.obligations.findById(obligationId)
			.filter(obligation -> obligation.partnerId().equals(partner.id().value()));
		found.ifPresent(obligation -> obligation.status(status, staff, this.clock.instant()));
		return found.isPresent();
	}

	/**
	 * Approved promotions of partners in force, for the public list: latest day first.
	 */
	@Transactional(readOnly = true)
	List<NewsItem> news() {
		java.util.Set<PartnerId> inForce = this.agreements.inForce();
		return this.promotions.findByStatusOrderByOnDayDesc(Promotion.Status.APPROVED)
			.stream()
			.filter(promotion -> inForce.contains(new PartnerId(promotion.partnerId())))
			.map(promotion -> new NewsItem(promotion.partnerId(),
					this.partners.approved(new PartnerId(promotion.partnerId()))
						.map(p -> p.organization().legalName())
						.orElse("—"),
					promotion.kind(), promotion.title(), promotion.link(), promotion.onDay(), promotion.summary()))
			.toList();
	}

	/** Today as a UTC date, for checking the days of requests. */
	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private static LedgerPage.PromotionView view(Promotion p) {
		return new LedgerPage.PromotionView(p.id(), p.kind(), p.title(), p.link(), p.onDay(), p.summary(), p.status(),
				p.submittedAt(), p.reason());
	}

	/** An approved promotion as the public list shows it. */
	record NewsItem(UUID partner, String legalName, Promotion.Kind kind, String title, String link, LocalDate day,
			String summary) {
	}

}
