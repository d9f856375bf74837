package org.latch.helprequest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.latch.LatchWebTest;
import org.latch.account.AccountManagement;
import org.latch.directory.DirectoryManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year after a request is closed, what the family wrote is gone while what was counted
 * stays. Tagged {@code persistence}.
 */
@LatchWebTest
@Tag("persistence")
class HelpPurgeTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HelpRequests requests;

	@Autowired
	HelpRouting routing;

	@Autowired
	LeaderDesk desk;

	@Autowired
	HelpPurge purge;

	@Autowired
	HelpViewers viewers;

	@Test
	void requestsClosedAYearAgoAreDeletedWithEverythingWrittenAndTheCountsStay(@Autowired DirectoryManagement directory,
			@Autowired AccountManagement accounts, @Autowired HelperSettings settings) {
		HelpNetwork network = new HelpNetwork(directory, accounts, this.viewers, settings);
		Instant now = Instant.now();
		Instant thirteenMonthsAgo = now.atZone(ZoneOffset.UTC).minusMonths(13).toInstant();
		Instant elevenMonthsAgo = now.atZone(ZoneOffset.UTC).minusMonths(11).toInstant();
		UUID old = answeredAndClosed(network, thirteenMonthsAgo);
		UUID recent = answeredAndClosed(network, elevenMonthsAgo);
		long counted = count("help_count");
		long contacts = count("help_contact");

		assertThat(this.purge.purge(now)).isGreaterThanOrEqualTo(1);

		for (String table : List.of("help_request", "help_message", "help_note", "help_offer", "help_step",
				"help_read")) {
			String column = table.equals("help_request") ? "id" : "request_id";
			assertThat(this.jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?",
					Long.class, old))
				.as(table)
				.isZero();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from help_request where id = ?", Long.class, recent))
			.isOne();
		assertThat(count("help_count")).isEqualTo(counted);
		assertThat(count("help_contact")).isEqualTo(contacts);
	}

	private UUID answeredAndClosed(HelpNetwork network, Instant closedAt) {
		String secret = HelpRequests.newSecret();
		this.requests.submit(new Submission(secret, "Ana", ContactMethod.IN_APP, null, "es", network.latitude - 0.01,
				network.longitude, BabyAge.UNDER_6_WEEKS, Set.of(Topic.MILK_SUPPLY), Set.of(), "¿Tengo poca leche?"));
		UUID id = this.jdbc.queryForObject("select id from help_request where secret_hash = ?", UUID.class,
				HelpRequests.hash(secret));
		Viewer leader = this.viewers.of(network.near).orElseThrow();
		UUID offer = awaitOffer(id);
		assertThat(this.routing.accept(leader.id(), offer, closedAt.minus(Duration.ofDays(2)))).isTrue();
		assertThat(this.desk.reply(id, leader, "Más tomas, más leche.", closedAt.minus(Duration.ofDays(1)))).isTrue();
		assertThat(this.desk.note(id, leader, "Follow up in a week", closedAt.minus(Duration.ofDays(1)))).isTrue();
		assertThat(this.desk.close(id, leader, Outcome.HELPED, Set.of(), closedAt)).isTrue();
		return id;
	}

	private UUID awaitOffer(UUID request) {
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject("select count(*) from help_offer where request_id = ?", Long.class,
					request) > 0);
		return this.jdbc.queryForObject("select id from help_offer where request_id = ?", UUID.class, request);
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
