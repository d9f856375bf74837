package org.latch.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.latch.account.AccountManagement;
import org.latch.partner.ApprovedPartner;
import org.latch.partner.PartnerId;
import org.latch.partner.PartnerManagement;
import org.latch.partner.benefit.BenefitManagement;

/**
 * The demo partners' ledgers: Amamenta Brasil's conference registration redeemed, a
 * leadership meeting in six weeks to which every partner in force is invited, an event
 * approved and listed at /partners/news, a request waiting for the staff, and offers in
 * several statuses.
 */
@Component
class DemoBenefits {

	private final AccountManagement accounts;

	private final PartnerManagement partners;

	private final BenefitManagement benefits;

	private final Clock clock;

	DemoBenefits(AccountManagement accounts, PartnerManagement partners, BenefitManagement benefits, Clock clock) {
		this.accounts = accounts;
		this.partners = partners;
		this.benefits = benefits;
		this.clock = clock;
	}

	/** Fills the ledgers; {@code staff} is the platform administrator who acts. */
	void load(String staff) {
		UUID admin = this.accounts.person(staff).orElseThrow().id();
		Map<String, ApprovedPartner> byName = this.partners.approved()
			.stream()
			.collect(Collectors.toMap(partner -> partner.organization().legalName(), partner -> partner));
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);

		ApprovedPartner amamenta = byName.get("Amamenta Brasil");
		String conference = this.benefits.codes(amamenta.id())
			.stream()
			.filter(code -> code.startsWith("CONF-"))
			.findFirst()
			.orElseThrow();
		this.benefits.redeem(conference, admin);
		this.benefits.scheduleMeeting("Partner leadership meeting: first half of the year",
				today.plusWeeks(6).atTime(LocalTime.of(14, 0)), ZoneId.of("America/New_York"),
				"https://meet.example.org/latch-partner-leadership", admin);

		UUID event = this.benefits
			.requestPromotion(amamenta.id(), amamenta.signatory(), "EVENT",
					"Semana Mundial de Aleitamento Materno em São Paulo", "https://amamenta.example.org/smam",
					today.plusDays(30),
					"Rodas de conversa, apoio de conselheiras e uma caminhada pela amamentação no Parque Ibirapuera.")
			.orElseThrow();
		this.benefits.approvePromotion(amamenta.id(), event, admin);
		ApprovedPartner caribe = byName.get("Red Caribeña de Lactancia");
		this.benefits
			.requestPromotion(caribe.id(), caribe.signatory(), "POST", "Guía de lactancia para familias que trabajan",
					"https://redcaribe.example.org/guia", today.minusDays(2),
					"Una guía breve en español, inglés, francés y criollo haitiano para volver al trabajo.")
			.orElseThrow();

		offer(amamenta.id(), amamenta.signatory(), "TRANSLATION", "Tradução dos folhetos do programa para o português",
				List.of("pt-BR"), "ACCEPTED", admin);
		offer(amamenta.id(), amamenta.signatory(), "WEBINAR", "Bancos de leite humano: como apoiar as doadoras",
				List.of(), "DELIVERED", admin);
		offer(caribe.id(), caribe.signatory(), "CONNECTION",
				"Presentar el programa a los grupos de apoyo de cinco islas", List.of(), "OFFERED", admin);
		ApprovedPartner quebec = byName.get("Alliance Allaitement Québec");
		offer(quebec.id(), quebec.signatory(), "PROMOTION", "Annonce du programme dans notre infolettre de l’automne",
				List.of(), "WITHDRAWN", admin);
	}

	private void offer(PartnerId partner, UUID signatory, String kind, String details, List<String> languages,
			String status, UUID admin) {
		UUID offer = this.benefits.offer(partner, signatory, kind, details, languages).orElseThrow();
		if (!status.equals("OFFERED")) {
			this.benefits.setStatus(partner, offer, status, admin);
		}
	}

}
