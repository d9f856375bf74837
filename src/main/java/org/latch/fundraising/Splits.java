package org.latch.fundraising;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits an amount of cents by weights so that the parts add up to the amount exactly:
 * each part gets the whole cents of its exact share, and the cents left over go one by
 * one to the parts whose shares lost the most in rounding (largest remainder; ties to the
 * earlier part).
 */
final class Splits {

	private Splits() {
	}

	/**
	 * @param cents the amount, zero or more
	 * @param weights one weight per part, none negative, at least one positive
	 * @return the parts in the order of the weights
	 */
	static List<Long> split(long cents, List<Long> weights) {
		if (cents < 0 || weights.isEmpty() || weights.stream().anyMatch(weight -> weight < 0)) {
			throw new IllegalArgumentException("Cannot split " + cents + " by " + weights);
		}
		long total = weights.stream().mapToLong(Long::longValue).sum();
		if (total <= 0) {
			throw new IllegalArgumentException("No positive weight in " + weights);
		}
		List<Long> parts = new ArrayList<>(weights.size());
		List<long[]> remainders = new ArrayList<>(weights.size());
		long given = 0;
		for (int i = 0; i < weights.size(); i++) {
			// Refunds are split by a gift's parts in cents: an overflow must fail, not
			// wrap.
			long product = Math.multiplyExact(cents, weights.get(i));
			parts.add(product / total);
			given += product / total;
			remainders.add(new long[] { product % total, i });
		}
		remainders.sort(Comparator.<long[]>comparingLong(remainder -> -remainder[0])
			.thenComparingLong(remainder -> remainder[1]));
		for (int i = 0; given < cents; i++, given++) {
			int index = (int) remainders.get(i)[1];
			parts.set(index, parts.get(index) + 1);
		}
		return List.copyOf(parts);
	}

}
