package org.latch.fundraising;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A campaign's money as its completed gifts and refunds say, nothing stored apart: what
 * each gift keeps after refunds, and the sums per page, team, site and beneficiary. A
 * refund is split between beneficiaries in the proportions of its gift's parts, so each
 * beneficiary's total is its parts minus its parts of refunds, and the totals of the
 * beneficiaries add up to the campaign's to the cent.
 */
final class Ledger {

	private final Map<UUID, Long> keptByGift = new LinkedHashMap<>();

	private final Map<UUID, Long> byPage = new HashMap<>();

	private final Map<UUID, Long> byTeam = new HashMap<>();

	private final Map<UUID, Long> bySite = new HashMap<>();

	private final Map<String, Long> byBeneficiary = new LinkedHashMap<>();

	private long raised;

	private int gifts;

	Ledger(List<Gift> completed, List<Refund> refunds) {
		Map<UUID, List<Refund>> refundsByGift = new HashMap<>();
		for (Refund refund : refunds) {
			refundsByGift.computeIfAbsent(refund.giftId(), gift -> new ArrayList<>()).add(refund);
		}
		for (Gift gift : completed) {
			List<Refund> given = refundsByGift.getOrDefault(gift.id(), List.of());
			long kept = gift.amountCents() - given.stream().mapToLong(Refund::amountCents).sum();
			this.keptByGift.put(gift.id(), kept);
			this.raised += kept;
			this.gifts++;
			this.byPage.merge(gift.pageId(), kept, Long::sum);
			add(this.byTeam, gift.teamPageId(), kept);
			add(this.bySite, gift.siteId(), kept);
			List<GiftShare> shares = gift.shares();
			List<Long> weights = shares.stream().map(GiftShare::cents).toList();
			long[] parts = shares.stream().mapToLong(GiftShare::cents).toArray();
			if (weights.stream().anyMatch(weight -> weight > 0)) {
				for (Refund refund : given) {
					List<Long> back = Splits.split(refund.amountCents(), weights);
					for (int i = 0; i < parts.length; i++) {
						parts[i] -= back.get(i);
					}
				}
			}
			for (int i = 0; i < parts.length; i++) {
				this.byBeneficiary.merge(shares.get(i).legalName(), parts[i], Long::sum);
			}
		}
	}

	private static void add(Map<UUID, Long> sums, @Nullable UUID key, long cents) {
		if (key != null) {
			sums.merge(key, cents, Long::sum);
		}
	}

	/** Completed gifts minus refunds, in cents. */
	long raised() {
		return this.raised;
	}

	/** How many gifts were completed (a refunded gift still counts: it was given). */
	int gifts() {
		return this.gifts;
	}

	long kept(UUID gift) {
		return this.keptByGift.getOrDefault(gift, 0L);
	}

	/**
	 * What a person's page raised itself; a team page's own gifts are in {@link #team}.
	 */
	long page(UUID page) {
		return this.byPage.getOrDefault(page, 0L);
	}

	/** What a team raised: gifts to its page and to its members' pages. */
	long team(UUID teamPage) {
		return this.byTeam.getOrDefault(teamPage, 0L);
	}

	long site(UUID site) {
		return this.bySite.getOrDefault(site, 0L);
	}

	Map<UUID, Long> sites() {
		return Map.copyOf(this.bySite);
	}

	/**
	 * Each beneficiary's part, by the legal name its receipts print, in the order met.
	 */
	Map<String, Long> beneficiaries() {
		return new LinkedHashMap<>(this.byBeneficiary);
	}

}
