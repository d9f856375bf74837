package org.latch.partner.benefit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.partner.ApprovedPartner;
import org.latch.partner.PartnerId;

/**
 * The ledger for other modules (the demo), under the pages' rules: every value is checked
 * as the forms check it, and only the partner's signatory asks or offers, only a platform
 * administrator's account decides (the caller vouches for the role, as a controller
 * does).
 */
@Service
public class BenefitManagement {

	private final PartnerLedger ledger;

	private final BenefitCodes codes;

	private final LeadershipMeetings meetings;

	private final Clock clock;

	BenefitManagement(PartnerLedger ledger, BenefitCodes codes, LeadershipMeetings meetings, Clock clock) {
		this.ledger = ledger;
		this.codes = codes;
		this.meetings = meetings;
		this.clock = clock;
	}

	/** The partner's benefit codes as shown on its ledger, the latest term first. */
	@Transactional(readOnly = true)
	public List<String> codes(PartnerId partner) {
		return this.codes.of(partner.value()).stream().map(CodeView::code).toList();
	}

	/** Redeems a code as the redeem desk does; true when this call redeemed it. */
	@Transactional
	public boolean redeem(String code, UUID staff) {
		return Codes.read(code)
			.map(typed -> this.codes.redeem(typed, staff, this.clock.instant()) == BenefitCodes.Redemption.REDEEMED)
			.orElse(false);
	}

	/** Schedules a leadership meeting and invites the partners in force; how many. */
	@Transactional
	public int scheduleMeeting(String title, LocalDateTime at, ZoneId zone, String link, UUID staff) {
		MeetingForm form = new MeetingForm(title, at.toLocalDate().toString(),
				at.toLocalTime().withSecond(0).withNano(0).toString(), zone.getId(), link);
		if (LedgerChecks.meeting(form, this.clock.instant()).any()) {
			throw new IllegalArgumentException("Not a meeting the form would accept: " + title);
		}
		return this.meetings.schedule(form, staff);
	}

	/**
	 * A promotion request (kind EVENT or POST) from the signatory; its id if accepted.
	 */
	@Transactional
	public Optional<UUID> requestPromotion(PartnerId partner, UUID signatory, String kind, String title, String link,
			LocalDate day, String summary) {
		PromotionForm form = new PromotionForm(kind, title, link, day.toString(), summary);
		Optional<ApprovedPartner> found = signatoryOf(partner, signatory);
		if (found.isEmpty() || LedgerChecks.promotion(form, this.ledger.today()).any()) {
			return Optional.empty();
		}
		return this.ledger.requestPromotion(found.get(), signatory, form);
	}

	/** The staff approve a pending request, which is then listed publicly. */
	@Transactional
	public boolean approvePromotion(PartnerId partner, UUID promotion, UUID staff) {
		return this.ledger.partner(partner.value())
			.map(found -> this.ledger.decide(found, promotion, staff, true, null))
			.orElse(false);
	}

	/**
	 * An obligation the signatory offers (TRANSLATION, WEBINAR, PROMOTION, CONNECTION).
	 */
	@Transactional
	public Optional<UUID> offer(PartnerId partner, UUID signatory, String kind, String details,
			List<String> languages) {
		ObligationForm form = new ObligationForm(kind, details, languages);
		Optional<ApprovedPartner> found = signatoryOf(partner, signatory);
		if (found.isEmpty() || LedgerChecks.obligation(form).any()) {
			return Optional.empty();
		}
		return Optional.of(this.ledger.offer(found.get(), signatory, form));
	}

	/** The staff set an obligation's status (OFFERED, ACCEPTED, DELIVERED, WITHDRAWN). */
	@Transactional
	public boolean setStatus(PartnerId partner, UUID obligation, String status, UUID staff) {
		Optional<Obligation.Status> chosen = java.util.Arrays.stream(Obligation.Status.values())
			.filter(s -> s.name().equals(status))
			.findFirst();
		Optional<ApprovedPartner> found = this.ledger.partner(partner.value());
		return chosen.isPresent() && found.isPresent()
				&& this.ledger.status(found.get(), obligation, chosen.get(), staff);
	}

	private Optional<ApprovedPartner> signatoryOf(PartnerId partner, UUID signatory) {
		return this.ledger.partner(partner.value()).filter(found -> found.signatory().equals(signatory));
	}

}
