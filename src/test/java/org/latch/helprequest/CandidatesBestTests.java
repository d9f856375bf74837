package org.latch.helprequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Candidates#best}, which counts the loads of as few Leaders as it can, offers the
 * same Leaders as {@link Candidates#rank} over all of them.
 */
class CandidatesBestTests {

	private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

	private static final List<String> LANGUAGES = List.of("en", "es", "fr");

	@Test
	void bestAgreesWithTheWholeRanking() {
		Random random = new Random(4);
		int fewerAsked = 0;
		for (int round = 0; round < 300; round++) {
			List<Helper> pool = new ArrayList<>();
			Map<UUID, Long> holding = new HashMap<>();
			Map<UUID, Long> taken = new HashMap<>();
			for (int i = 0; i < 1 + random.nextInt(300); i++) {
				Helper helper = helper(random, i);
				pool.add(helper);
				holding.put(helper.personId(), (long) random.nextInt(random.nextBoolean() ? 2 : 40));
				taken.put(helper.personId(), (long) random.nextInt(12));
			}
			HelpRequest request = request(random);
			Set<UUID> offered = new HashSet<>();
			pool.stream().filter(h -> random.nextInt(20) == 0).forEach(h -> offered.add(h.personId()));
			int wanted = 1 + random.nextInt(3);
			AtomicInteger asked = new AtomicInteger();
			List<Helper> best = Candidates
				.best(request, pool, offered, NOW, wanted, 1 + random.nextInt(40), 10, chunk -> {
					asked.addAndGet(chunk.size());
					return new Candidates.Loads(holding, taken);
				})
				.stream()
				.map(Candidates.Scored::helper)
				.toList();
			List<Helper> all = Candidates.rank(request, pool, offered, holding, taken, 10, NOW);
			int compared = Math.min(wanted, all.size());
			assertThat(best.size()).isGreaterThanOrEqualTo(compared);
			assertThat(best.subList(0, compared)).as("round %d", round).isEqualTo(all.subList(0, compared));
			fewerAsked += (asked.get() < pool.size()) ? 1 : 0;
		}
		assertThat(fewerAsked).as("rounds that asked for fewer loads than Leaders").isGreaterThan(100);
	}

	private static Helper helper(Random random, int i) {
		boolean placed = random.nextInt(10) != 0;
		return new Helper(new UUID(random.nextLong(), i), "l" + i + "@example.org", "Leader " + i, "en",
				"," + LANGUAGES.get(random.nextInt(3)) + (random.nextBoolean() ? ",en," : ","),
				placed ? 42 + random.nextDouble() * 2 : null, placed ? -72 + random.nextDouble() * 2 : null, null,
				random.nextInt(10) != 0, random.nextBoolean(), 10 + random.nextInt(100), 1 + random.nextInt(12),
				random.nextInt(5) == 0 ? "1,2" : "1,2,3,4,5,6,7", null, "America/New_York", 0, 0, NOW);
	}

	private static HelpRequest request(Random random) {
		boolean placed = random.nextInt(4) != 0;
		Submission submission = new Submission("s", "Ana", ContactMethod.IN_APP, null, LANGUAGES.get(random.nextInt(3)),
				placed ? 43.0 : null, placed ? -71.0 : null, BabyAge.UNDER_6_WEEKS, Set.of(Topic.LATCH_AND_PAIN),
				Set.of(), "It hurts.");
		return new HelpRequest("R", "h", submission, new HelpRequest.Sealed("n", null, "b", "q"), NOW);
	}

}
