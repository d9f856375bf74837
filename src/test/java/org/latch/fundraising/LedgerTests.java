package org.latch.fundraising;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign's totals always equal its gifts minus its refunds, and the beneficiaries',
 * pages' and sites' sums add up to the same to the cent, whatever the gifts and refunds.
 */
class LedgerTests {

	private static final Instant NOW = Instant.parse("2026-05-09T15:00:00Z");

	private static final UUID CAMPAIGN = UUID.randomUUID();

	private final List<Beneficiary> beneficiaries = List.of(
			new Beneficiary(0, new Beneficiary.Details("Milk Bank", "Milk Bank Inc.", "501(c)(3)", 5000)),
			new Beneficiary(1, new Beneficiary.Details("NEC Society", "NEC Society", "EIN 1", 3333)),
			new Beneficiary(2, new Beneficiary.Details("Best for Babes", "Best for Babes Foundation", "EIN 2", 1667)));

	@Test
	void totalsAreGiftsMinusRefundsAndEveryBreakdownAddsUpToTheCent() {
		Random random = new Random(6);
		for (int run = 0; run < 200; run++) {
			FundPage team = FundPage.forTeam(CAMPAIGN, UUID.randomUUID(), "Team", 0, NOW);
			List<FundPage> pages = List.of(team, person(team), person(null), person(null));
			List<UUID> sites = List.of(UUID.randomUUID(), UUID.randomUUID());
			List<Gift> gifts = new ArrayList<>();
			List<Refund> refunds = new ArrayList<>();
			long given = 0;
			long refunded = 0;
			for (int i = 0; i < 1 + random.nextInt(40); i++) {
				Gift gift = new Gift(pages.get(random.nextInt(pages.size())), sites.get(random.nextInt(2)),
						new GiftDetails(1 + random.nextLong(500_000), "Giver", null, false, null, "en"),
						Gift.Method.CASH, "USD", "hash" + i, NOW);
				gift.complete("R-" + i, this.beneficiaries, null, NOW);
				gifts.add(gift);
				given += gift.amountCents();
				long left = gift.amountCents();
				while (left > 0 && random.nextInt(4) == 0) {
					long back = 1 + random.nextLong(left);
					refunds.add(new Refund(gift.id(), back, "test", null, null, NOW));
					refunded += back;
					left -= back;
				}
			}
			Ledger ledger = new Ledger(gifts, refunds);
			assertThat(ledger.raised()).isEqualTo(given - refunded);
			assertThat(ledger.gifts()).isEqualTo(gifts.size());
			Map<String, Long> byBeneficiary = ledger.beneficiaries();
			assertThat(byBeneficiary.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(ledger.raised());
			assertThat(byBeneficiary.values()).allMatch(cents -> cents >= 0);
			assertThat(pages.stream().mapToLong(page -> ledger.page(page.id())).sum()).isEqualTo(ledger.raised());
			assertThat(sites.stream().mapToLong(ledger::site).sum()).isEqualTo(ledger.raised());
			assertThat(ledger.team(team.id())).isEqualTo(ledger.page(team.id()) + ledger.page(pages.get(1).id()));
			assertThat(gifts.stream().mapToLong(gift -> ledger.kept(gift.id())).sum()).isEqualTo(ledger.raised());
		}
	}

	@Test
	void eachGiftIsSplitIntoPartsThatAddUpToIt() {
		FundPage page = person(null);
		Gift gift = new Gift(page, null, new GiftDetails(10001, "Ana", null, true, null, "pt-BR"), Gift.Method.CHECK,
				"USD", "hash", NOW);
		gift.complete("C-1", this.beneficiaries, null, NOW);
		assertThat(gift.shares()).extracting(GiftShare::cents).containsExactly(5001L, 3333L, 1667L);
		assertThat(gift.complete("C-2", this.beneficiaries, null, NOW)).isFalse();
		assertThat(gift.receiptNumber()).isEqualTo("C-1");
	}

	private static FundPage person(FundPage team) {
		return FundPage.forRegistration(CAMPAIGN, UUID.randomUUID(), "Walker", null, team, 0, NOW);
	}

}
