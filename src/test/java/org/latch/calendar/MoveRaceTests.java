package org.latch.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.latch.LatchWebTest;
import org.latch.platform.PrivateLinks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organizers move people between two sites with one place left each, twelve moves at once
 * in both directions: the rows are always locked in the same order, so no move deadlocks,
 * and neither site ever holds more people than its capacity. Runs on H2 and on
 * PostgreSQL.
 */
@LatchWebTest
@Tag("persistence")
class MoveRaceTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Registrations registrations;

	@Autowired
	RegistrationMoves moves;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void twelveMovesAtOnceBetweenTwoAlmostFullSitesNeverOverbookEither() throws Exception {
		CalendarFixtures fixtures = new CalendarFixtures(this.context);
		UUID campaign = fixtures.campaign(LocalDate.now(this.clock).plusDays(20));
		UUID east = fixtures.site(campaign, 7, null);
		UUID west = fixtures.site(campaign, 7, null);
		List<UUID> fromEast = walkers(fixtures, campaign, east);
		List<UUID> fromWest = walkers(fixtures, campaign, west);

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(12);
		List<Future<RegistrationMoves.Outcome>> results = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			UUID eastward = fromWest.get(i);
			UUID westward = fromEast.get(i);
			results.add(pool.submit(() -> {
				start.await();
				return this.moves.move(campaign, westward, west, null);
			}));
			results.add(pool.submit(() -> {
				start.await();
				return this.moves.move(campaign, eastward, east, null);
			}));
		}
		start.countDown();
		List<RegistrationMoves.Outcome> outcomes = new ArrayList<>();
		for (Future<RegistrationMoves.Outcome> result : results) {
			outcomes.add(result.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();

		assertThat(outcomes).contains(RegistrationMoves.Outcome.MOVED).doesNotContain(RegistrationMoves.Outcome.GONE);
		for (UUID site : List.of(east, west)) {
			int taken = this.jdbc.queryForObject("select taken from calendar_site where id = ?", Integer.class, site);
			assertThat(taken).isLessThanOrEqualTo(7);
			assertThat(this.jdbc.queryForObject(
					"select count(*) from calendar_registration where site_id = ? and status = 'CONFIRMED'",
					Integer.class, site))
				.isEqualTo(taken);
		}
		assertThat(this.jdbc.queryForObject("select sum(taken) from calendar_site where id in (?, ?)", Integer.class,
				east, west))
			.isEqualTo(12);
	}

	private List<UUID> walkers(CalendarFixtures fixtures, UUID campaign, UUID site) {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			ids.add(this.registrations
				.register(campaign, site, TeamChoice.NONE,
						new Entrant("Walker " + i,
								"walker-" + UUID.randomUUID() + "@race-" + fixtures.run + ".example.org", "en", 1),
						PrivateLinks.newSecret())
				.id());
		}
		return ids;
	}

}
