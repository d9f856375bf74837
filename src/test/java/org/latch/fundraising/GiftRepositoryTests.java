package org.latch.fundraising;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import org.latch.PersistenceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Funding, pages, gifts with their split, and refunds as both databases keep them: every
 * value comes back as saved, a receipt number is taken once per campaign, a Checkout
 * Session belongs to one gift, and the ledger read from the database adds up.
 */
@PersistenceTest
class GiftRepositoryTests {

	private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	@Autowired
	FundingRepository fundings;

	@Autowired
	FundPageRepository pages;

	@Autowired
	GiftRepository gifts;

	@Autowired
	RefundRepository refunds;

	@Autowired
	EntityManager entities;

	final UUID campaign = UUID.randomUUID();

	@Test
	void aCompletedGiftKeepsItsSplitAndRefundsComeOffTheLedger() {
		Funding funding = funding();
		FundPage team = this.pages.save(FundPage.forTeam(this.campaign, UUID.randomUUID(), "Team Ñandú", 0, NOW));
		FundPage walker = this.pages.save(FundPage.started(this.campaign, UUID.randomUUID(),
				new PageDetails("Zoë walks", "Für die Milchbank", 30000, 200, 120), team, NOW));
		Gift gift = gift(walker, "CASH-1");
		this.refunds.save(new Refund(gift.id(), 1001, "Counted twice", null, null, NOW));
		this.entities.flush();
		this.entities.clear();

		Gift found = this.gifts.findBySecretHash("hash-CASH-1").orElseThrow();
		assertThat(found.completed()).isTrue();
		assertThat(found.teamPageId()).isEqualTo(team.id());
		assertThat(found.shares()).extracting(GiftShare::legalName, GiftShare::cents)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Banco de Leche Ñ", 6668L),
					org.assertj.core.groups.Tuple.tuple("NEC Society", 3333L));
		assertThat(this.pages.findById(walker.id()).orElseThrow().details())
			.isEqualTo(new PageDetails("Zoë walks", "Für die Milchbank", 30000, 200, 120));
		assertThat(this.fundings.findById(this.campaign).orElseThrow().beneficiaries()).hasSize(2);
		Ledger ledger = new Ledger(this.gifts.completedIn(this.campaign), this.refunds.allIn(this.campaign));
		assertThat(ledger.raised()).isEqualTo(9000);
		assertThat(ledger.team(team.id())).isEqualTo(9000);
		assertThat(ledger.beneficiaries()).containsEntry("Banco de Leche Ñ", 6001L).containsEntry("NEC Society", 2999L);
		assertThat(this.refunds.sumFor(gift.id())).isEqualTo(1001);
		assertThat(this.gifts.completedFor(team.id())).hasSize(1);
		assertThat(funding.version()).isZero();
	}

	@Test
	void aReceiptNumberIsTakenOncePerCampaign() {
		funding();
		FundPage walker = this.pages.save(FundPage.forTeam(this.campaign, UUID.randomUUID(), "Team", 0, NOW));
		gift(walker, "R-1");
		this.entities.flush();
		assertThat(this.gifts.existsByCampaignIdAndReceiptNumber(this.campaign, "R-1")).isTrue();
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> {
			gift(walker, "R-1");
			this.gifts.flush();
		});
	}

	private Funding funding() {
		Funding funding = new Funding(this.campaign);
		funding.set(100000, "USD", List.of(new Beneficiary.Details("Banco Ñ", "Banco de Leche Ñ", "Sin fines", 6667),
				new Beneficiary.Details("NEC", "NEC Society", "501(c)(3)", 3333)), NOW);
		return this.fundings.save(funding);
	}

	private Gift gift(FundPage page, String receipt) {
		Gift gift = new Gift(page, UUID.randomUUID(),
				new GiftDetails(10001, "Ana", "ana@example.org", true, "¡Ánimo!", "es"), Gift.Method.CASH, "USD",
				(receipt.equals("CASH-1") ? "hash-CASH-1" : "hash-" + UUID.randomUUID()), NOW);
		gift.complete(receipt, this.fundings.findById(this.campaign).orElseThrow().beneficiaries(), null, NOW);
		return this.gifts.save(gift);
	}

}
