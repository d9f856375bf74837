package org.latch.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.latch.PersistenceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register's and the reports' tables as both databases keep them: which entries are
 * current on a day is one query on status and expiry date, and every value comes back as
 * it was saved.
 */
@PersistenceTest
class SponsorRepositoryTests {

	private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

	@Autowired
	SponsorRepository sponsors;

	@Autowired
	ViolationReportRepository reports;

	@Autowired
	EntityManager entities;

	@Test
	void theEntriesShownOnADayAreApprovedOrRenewingAndExpireAfterIt() {
		Sponsor current = approved("B current", DAY.plusDays(1));
		Sponsor expiringThatDay = approved("C expiring", DAY);
		Sponsor renewing = approved("A renewing", DAY.plusMonths(1));
		renewing.resubmit(CodeFixtures.details("A renewing"), CodeFixtures.attestation(), "es", Instant.now());
		Sponsor suspended = approved("D suspended", DAY.plusMonths(2));
		suspended.withdraw(SponsorStatus.SUSPENDED, DAY.minusDays(1), Instant.now());
		this.sponsors.saveAll(List.of(current, expiringThatDay, renewing, suspended));
		this.entities.flush();
		this.entities.clear();

		List<Sponsor> shown = this.sponsors.findByStatusInAndExpiresOnAfterOrderByOrganizationNameAsc(Sponsor.SHOWN,
				DAY);

		assertThat(shown).extracting(Sponsor::name).containsExactly("A renewing", "B current");
		assertThat(shown).allSatisfy(sponsor -> assertThat(sponsor.currentOn(DAY)).isTrue());
		assertThat(this.sponsors.findById(expiringThatDay.id()).orElseThrow().currentOn(DAY)).isFalse();
	}

	@Test
	void anEntryKeepsItsProductsAttestationAndDates() {
		SponsorDetails details = new SponsorDetails("Ação Mães 😀", "BR", null, SponsorRole.BOTH,
				Set.of(ProductCategory.BREAST_PUMPS, ProductCategory.NURSING_WEAR), "Bombas e roupas.", false);
		Sponsor sponsor = new Sponsor(UUID.randomUUID(), details,
				new Attestation("Ana Souza", "Diretora", "ana@example.org"), "pt-BR",
				Instant.parse("2026-01-02T03:04:05Z"));
		sponsor.approve(DAY, DAY.plusMonths(12), Instant.now());
		this.sponsors.saveAndFlush(sponsor);
		this.entities.clear();

		Sponsor read = this.sponsors.findById(sponsor.id()).orElseThrow();

		assertThat(read.details()).isEqualTo(details);
		assertThat(read.attestation()).isEqualTo(new Attestation("Ana Souza", "Diretora", "ana@example.org"));
		assertThat(read.attestationVersion()).isEqualTo(CodeAttestation.CURRENT);
		assertThat(read.attestationLanguage()).isEqualTo("pt-BR");
		assertThat(read.attestedAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
		assertThat(read.approvedOn()).isEqualTo(DAY);
		assertThat(read.expiresOn()).isEqualTo(DAY.plusMonths(12));
	}

	@Test
	void aPublishedReportKeepsItsSummaryAndForgetsItsReporter() {
		NewViolationReport reported = new NewViolationReport("Clinic", "HT", DAY, "Acme", null,
				ProductCategory.INFANT_FORMULA, CodeArticle.HEALTH_FACILITIES, "Posters in the waiting room.",
				"someone@example.org");
		ViolationReport report = new ViolationReport(reported, null, "ht", Instant.now());
		report.publish(new ViolationSummary("Acme", ProductCategory.INFANT_FORMULA, CodeArticle.HEALTH_FACILITIES, "HT",
				YearMonth.of(2026, 6), null), Instant.now());
		this.reports.saveAndFlush(report);
		this.entities.clear();

		ViolationReport read = this.reports.findById(report.id()).orElseThrow();

		assertThat(read.status()).isEqualTo(ReportStatus.PUBLISHED);
		assertThat(read.reporterEmail()).isNull();
		assertThat(read.summary()).isEqualTo(new ViolationSummary("Acme", ProductCategory.INFANT_FORMULA,
				CodeArticle.HEALTH_FACILITIES, "HT", YearMonth.of(2026, 6), null));
		assertThat(read.asReported().description()).isEqualTo("Posters in the waiting room.");
	}

	private static Sponsor approved(String name, LocalDate expires) {
		Sponsor sponsor = new Sponsor(UUID.randomUUID(), CodeFixtures.details(name), CodeFixtures.attestation(), "en",
				Instant.now());
		sponsor.approve(expires.minusMonths(12), expires, Instant.now());
		return sponsor;
	}

}
