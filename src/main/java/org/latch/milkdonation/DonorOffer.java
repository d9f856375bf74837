package org.latch.milkdonation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.latch.directory.MilkPlaceId;

/**
 * A donor's offer made on their behalf (demo data, a bank moving its waiting list into
 * Latch): who, how to reach them, where they live in words, their baby, whether they take
 * a medicine the bank should ask about, the bank, the campaign they came through, when,
 * and optionally the private link's secret (else a new one nobody learns).
 */
public record DonorOffer(String name, @Nullable String email, @Nullable String phone, String language, String place,
		BabyAge baby, boolean takesMedicine, MilkPlaceId bank, @Nullable UUID campaign, Instant at,
		@Nullable String secret) {
}
