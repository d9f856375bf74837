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

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.latch.LatchWebTest;
import org.latch.platform.PrivateLinks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twelve people register at the same moment for a site with one place left: one gets it,
 * eleven wait in line, and the site is never overbooked. Runs on H2 and on PostgreSQL.
 */
@LatchWebTest
@Tag("persistence")
class LastPlaceTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Registrations registrations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void twelveRegistrationsAtOnceForTheLastPlaceConfirmOneAndWaitlistTheRest() throws Exception {
		CalendarFixtures fixtures = new CalendarFixtures(this.context);
		UUID campaign = fixtures.campaign(LocalDate.now(this.clock).plusDays(20));
		UUID site = fixtures.site(campaign, 5, 1500);
		this.registrations.register(campaign, site, TeamChoice.NONE,
				new Entrant("Early Family", "early@stroll-" + fixtures.run + ".example.org", "en", 4),
				PrivateLinks.newSecret());

		int racers = 12;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(racers);
		List<Future<RegistrationStatus>> results = new ArrayList<>();
		for (int i = 0; i < racers; i++) {
			Entrant entrant = new Entrant("Racer " + i, "racer-" + i + "@stroll-" + fixtures.run + ".example.org", "en",
					1);
			results.add(pool.submit(() -> {
				start.await();
				return this.registrations.register(campaign, site, TeamChoice.NONE, entrant, PrivateLinks.newSecret())
					.status();
			}));
		}
		start.countDown();
		List<RegistrationStatus> statuses = new ArrayList<>();
		for (Future<RegistrationStatus> result : results) {
			statuses.add(result.get());
		}
		pool.shutdown();

		assertThat(statuses).filteredOn(status -> status == RegistrationStatus.CONFIRMED).hasSize(1);
		assertThat(statuses).filteredOn(status -> status == RegistrationStatus.WAITLISTED).hasSize(racers - 1);
		assertThat(this.jdbc.queryForObject(
				"select sum(people) from calendar_registration where site_id = ? and status = 'CONFIRMED'",
				Integer.class, site))
			.isEqualTo(5);
		assertThat(this.jdbc.queryForObject("select taken from calendar_site where id = ?", Integer.class, site))
			.isEqualTo(5);
		assertThat(this.jdbc
			.queryForObject("select count(*) from calendar_registration where site_id = ? and status = 'WAITLISTED'"
					+ " and fee_owed_cents is not null", Integer.class, site))
			.as("nobody waiting owes a fee")
			.isZero();
	}

}
