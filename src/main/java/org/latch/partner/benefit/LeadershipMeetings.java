package org.latch.partner.benefit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.latch.partner.ApprovedPartner;
import org.latch.partner.PartnerId;
import org.latch.partner.PartnerManagement;
import org.latch.partner.agreement.AgreementManagement;

/**
 * The program's leadership meetings (twice a year): the staff schedule one, and every
 * partner whose agreement is in force at that moment is invited, on its ledger and by an
 * email to its signatory in their language, in the meeting's transaction.
 */
@Service
class LeadershipMeetings {

	private final LeadershipMeetingRepository meetings;

	private final MeetingInvitationRepository invitations;

	private final PartnerManagement partners;

	private final AgreementManagement agreements;

	private final BenefitMails mails;

	private final Clock clock;

	LeadershipMeetings(LeadershipMeetingRepository meetings, MeetingInvitationRepository invitations,
			PartnerManagement partners, AgreementManagement agreements, BenefitMails mails, Clock clock) {
		this.meetings = meetings;
		this.invitations = invitations;
		this.partners = partners;
		this.agreements = agreements;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Schedules a meeting checked by {@link LedgerChecks#meeting}; the number invited.
	 */
	@Transactional
	int schedule(MeetingForm form, UUID staff) {
		Instant now = this.clock.instant();
		LeadershipMeeting meeting = this.meetings
			.save(new LeadershipMeeting(String.valueOf(form.title()).strip(), LedgerChecks.startOf(form),
					ZoneId.of(String.valueOf(form.zone())), String.valueOf(form.link()).strip(), staff, now));
		List<ApprovedPartner> invited = this.agreements.inForce()
			.stream()
			.map(this.partners::approved)
			.flatMap(java.util.Optional::stream)
			.sorted(Comparator.comparing(partner -> partner.organization().legalName()))
			.toList();
		for (ApprovedPartner partner : invited) {
			this.invitations.save(new MeetingInvitation(meeting.id(), partner.id().value(), now));
			this.mails.invitation(partner.signatory(), partner.id().value(), partner.organization().legalName(),
					meeting);
		}
		return invited.size();
	}

	/** Every meeting, latest first, with how many partners were invited. */
	@Transactional(readOnly = true)
	List<Scheduled> all() {
		return this.meetings.findAllByOrderByStartsAtDesc()
			.stream()
			.map(meeting -> new Scheduled(meeting.title(), meeting.startsAt(), meeting.zone().getId(), meeting.link(),
					this.invitations.countOf(meeting.id())))
			.toList();
	}

	/** The partners in force, by name, for the staff's desk. */
	@Transactional(readOnly = true)
	List<ApprovedPartner> partnersInForce() {
		return this.agreements.inForce()
			.stream()
			.map(PartnerId::value)
			.map(id -> this.partners.approved(new PartnerId(id)))
			.flatMap(java.util.Optional::stream)
			.sorted(Comparator.comparing(partner -> partner.organization().legalName()))
			.toList();
	}

	/** A meeting as the staff's desk lists it. */
	record Scheduled(String title, Instant startsAt, String zone, String link, long invited) {
	}

}
