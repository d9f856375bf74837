package org.latch.partner.benefit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import org.latch.PersistenceTest;
import org.latch.partner.PartnerId;
import org.latch.partner.agreement.AgreementTerm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ledger's tables as both databases keep them: a code is redeemed once by one
 * conditional update, a code and a benefit per term are unique, and invitations, requests
 * and offers come back as saved.
 */
@PersistenceTest
class BenefitCodeRepositoryTests {

	private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

	@Autowired
	BenefitCodeRepository codes;

	@Autowired
	LeadershipMeetingRepository meetings;

	@Autowired
	MeetingInvitationRepository invitations;

	@Autowired
	PromotionRepository promotions;

	@Autowired
	ObligationRepository obligations;

	@Autowired
	EntityManager entities;

	private UUID partner;

	private AgreementTerm term;

	@BeforeEach
	void partnerWithATerm() {
		this.partner = UUID.randomUUID();
		UUID agreement = UUID.randomUUID();
		this.entities
			.createNativeQuery("insert into partner_application (id, applicant_id, status, code_pledged,"
					+ " languages, created_at, updated_at, version) values (?1, ?2, 'APPROVED', true, 'en', ?3, ?3, 0)")
			.setParameter(1, this.partner)
			.setParameter(2, UUID.randomUUID())
			.setParameter(3, START)
			.executeUpdate();
		this.entities
			.createNativeQuery("insert into partner_agreement (id, partner_id, term, revision, status,"
					+ " template_version, language, signatory_id, issued_at, document_id, document_sha256, version)"
					+ " values (?1, ?2, 1, 1, 'COUNTERSIGNED', '2026-1', 'en', ?3, ?4, ?1, 'x', 0)")
			.setParameter(1, agreement)
			.setParameter(2, this.partner)
			.setParameter(3, UUID.randomUUID())
			.setParameter(4, START)
			.executeUpdate();
		this.term = new AgreementTerm(new PartnerId(this.partner), agreement, 1, START,
				START.plusSeconds(365L * 86400));
	}

	@Test
	void aCodeIsRedeemedOnceAndKeepsWhoAndWhen() {
		BenefitCode code = this.codes
			.saveAndFlush(new BenefitCode(this.term, Benefit.EXHIBIT_SPACE, Codes.next(), START));
		UUID staff = UUID.randomUUID();
		Instant at = Instant.parse("2026-05-04T10:11:12Z");

		assertThat(this.codes.redeem(code.id(), staff, at)).isEqualTo(1);
		assertThat(this.codes.redeem(code.id(), UUID.randomUUID(), at.plusSeconds(60))).as("a second time").isZero();
		this.entities.clear();

		BenefitCode read = this.codes.findByCode(code.code()).orElseThrow();
		assertThat(read.redeemedAt()).isEqualTo(at);
		assertThat(read.redeemedBy()).isEqualTo(staff);
		assertThat(read.validFrom()).isEqualTo(START);
		assertThat(read.shown()).startsWith("EXPO-").hasSize(19);
		assertThat(this.codes.existsByAgreementId(this.term.agreement())).isTrue();
	}

	@Test
	void aBenefitIsIssuedOncePerTermAndACodeOnce() {
		String value = Codes.next();
		this.codes.saveAndFlush(new BenefitCode(this.term, Benefit.CONFERENCE_REGISTRATION, value, START));
		assertThatThrownBy(() -> this.codes
			.saveAndFlush(new BenefitCode(this.term, Benefit.CONFERENCE_REGISTRATION, Codes.next(), START)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theSameCodeIsNeverStoredTwice() {
		String value = Codes.next();
		this.codes.saveAndFlush(new BenefitCode(this.term, Benefit.CONFERENCE_REGISTRATION, value, START));
		assertThatThrownBy(
				() -> this.codes.saveAndFlush(new BenefitCode(this.term, Benefit.EXHIBIT_SPACE, value, START)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void invitationsRequestsAndOffersComeBackAsSaved() {
		UUID staff = UUID.randomUUID();
		LeadershipMeeting meeting = this.meetings.save(new LeadershipMeeting("Réunion 😀", START.plusSeconds(3600),
				ZoneId.of("America/Port-au-Prince"), "https://meet.example.org/a", staff, START));
		this.invitations.save(new MeetingInvitation(meeting.id(), this.partner, START));
		Promotion promotion = new Promotion(this.partner, new PromotionForm("POST", " Guia ", "https://example.org/g",
				"2026-04-02", "Um guia novo para famílias."), staff, START);
		promotion.decide(Promotion.Status.DECLINED, staff, "Fora do escopo", START.plusSeconds(5));
		this.promotions.save(promotion);
		this.obligations.save(new Obligation(this.partner, Obligation.Kind.TRANSLATION, "Folhetos", List.of("ht", "fr"),
				staff, START));
		this.entities.flush();
		this.entities.clear();

		assertThat(this.invitations.ofPartner(this.partner)).extracting(MeetingInvitation::meetingId)
			.containsExactly(meeting.id());
		assertThat(this.invitations.countOf(meeting.id())).isEqualTo(1);
		LeadershipMeeting readMeeting = this.meetings.findById(meeting.id()).orElseThrow();
		assertThat(readMeeting.zone()).isEqualTo(ZoneId.of("America/Port-au-Prince"));
		assertThat(readMeeting.title()).isEqualTo("Réunion 😀");
		Promotion read = this.promotions.findByPartnerIdOrderBySubmittedAtDesc(this.partner).getFirst();
		assertThat(read.title()).isEqualTo("Guia");
		assertThat(read.onDay()).isEqualTo(LocalDate.of(2026, 4, 2));
		assertThat(read.status()).isEqualTo(Promotion.Status.DECLINED);
		assertThat(read.reason()).isEqualTo("Fora do escopo");
		assertThat(read.decide(Promotion.Status.APPROVED, staff, null, START)).as("decided once").isFalse();
		Obligation offer = this.obligations.findByPartnerIdOrderByOfferedAtDesc(this.partner).getFirst();
		assertThat(offer.languages()).containsExactly("ht", "fr");
		assertThat(offer.status()).isEqualTo(Obligation.Status.OFFERED);
	}

}
