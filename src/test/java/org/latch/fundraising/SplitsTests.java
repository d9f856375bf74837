package org.latch.fundraising;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SplitsTests {

	@Test
	void aDollarSplitInThreeEqualSharesGivesTheLeftOverCentToTheFirst() {
		assertThat(Splits.split(100, List.of(3334L, 3333L, 3333L))).containsExactly(34L, 33L, 33L);
		assertThat(Splits.split(100, List.of(1L, 1L, 1L))).containsExactly(34L, 33L, 33L);
	}

	@Test
	void leftOverCentsGoToTheSharesThatLostMostInRounding() {
		// 10.01 at 50/30/20: exact 500.5, 300.3, 200.2 -> the half cent wins the extra
		// cent.
		assertThat(Splits.split(1001, List.of(5000L, 3000L, 2000L))).containsExactly(501L, 300L, 200L);
		// 0.07 at 60/40: exact 4.2 and 2.8 -> the second rounds up.
		assertThat(Splits.split(7, List.of(6000L, 4000L))).containsExactly(4L, 3L);
	}

	@Test
	void aZeroShareGetsNothing() {
		assertThat(Splits.split(999, List.of(10000L, 0L))).containsExactly(999L, 0L);
	}

	@Test
	void partsAlwaysAddUpToTheAmountAndStayWithinACentOfTheExactShare() {
		Random random = new Random(32);
		for (int run = 0; run < 5000; run++) {
			long cents = random.nextLong(0, 100_000_000L);
			List<Long> weights = LongStream.range(0, 1 + random.nextInt(6))
				.map(i -> random.nextLong(0, 10_000))
				.boxed()
				.toList();
			if (weights.stream().mapToLong(Long::longValue).sum() == 0) {
				continue;
			}
			long total = weights.stream().mapToLong(Long::longValue).sum();
			List<Long> parts = Splits.split(cents, weights);
			assertThat(parts.stream().mapToLong(Long::longValue).sum()).isEqualTo(cents);
			for (int i = 0; i < parts.size(); i++) {
				double exact = (double) cents * weights.get(i) / total;
				assertThat(Math.abs(parts.get(i) - exact)).isLessThan(1.0);
			}
		}
	}

	@Test
	void nothingToSplitByIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Splits.split(100, List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> Splits.split(100, List.of(0L, 0L)));
		assertThatIllegalArgumentException().isThrownBy(() -> Splits.split(-1, List.of(1L)));
	}

}
