package org.latch.milkdonation;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A milk bank confirmed a donation: how much (exact, in both units), for which bank and,
 * when the donor came through one, which campaign. Ids and values only.
 */
public record MilkDonationRecorded(UUID donation, UUID bank, @Nullable UUID campaign, BigDecimal ounces,
		BigDecimal millilitres) {
}
