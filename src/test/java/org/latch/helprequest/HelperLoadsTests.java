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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.LatchWebTest;
import org.latch.account.AccountManagement;
import org.latch.directory.DirectoryManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latch.helprequest.HelpForms.form;
import static org.latch.helprequest.HelpForms.secretIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Routing reads each Leader's load from their own row ({@link HelperLoads}): the counts
 * follow every request taken, closed or deleted, a busy Leader is offered the next
 * request after a free one, a wrong count is mended by the nightly reconciliation, and
 * online requests reach the least busy online Leaders in the order ranking gives. Tagged
 * {@code persistence}: runs on H2 and again on PostgreSQL.
 */
@LatchWebTest
@Tag("persistence")
class HelperLoadsTests {

	private static final Pattern REFERENCE = Pattern.compile("H-[A-Z0-9]{6}");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HelpRouting routing;

	@Autowired
	HelperLoads loads;

	HelpNetwork network;

	HelpRows rows;

	@BeforeEach
	void network(@Autowired DirectoryManagement directory, @Autowired AccountManagement accounts,
			@Autowired HelpViewers viewers, @Autowired HelperSettings settings) {
		this.network = new HelpNetwork(directory, accounts, viewers, settings);
		this.rows = new HelpRows(this.jdbc);
	}

	@Test
	void theCountsFollowEveryRequestAndABusyLeaderComesAfterAFreeOne() throws Exception {
		String first = submitNearTheCentre();
		accept(this.network.near, first);
		assertThat(load(this.network.near)).as("answering, taken this month").containsExactly(1, 1);

		// 1 km + 10 km for the open request now ranks behind the free Leader 6 km away
		String second = submitNearTheCentre();
		this.rows.awaitOfferTo(this.network.farther, second);
		assertThat(this.rows.offersTo(this.network.near, second)).isZero();

		this.mvc.perform(post("/leader/help/" + this.rows.requestId(first) + "/close").param("outcome", "HELPED")
			.with(user(this.network.near))
			.with(csrf()));
		assertThat(load(this.network.near)).as("closed, still taken this month").containsExactly(0, 1);
		String third = submitNearTheCentre();
		accept(this.network.near, third);
		assertThat(load(this.network.near)).containsExactly(1, 2);

		this.mvc.perform(post("/help/r/" + secretOf(third) + "/delete").with(csrf()));
		assertThat(load(this.network.near)).as("the family deleted it").containsExactly(0, 1);
	}

	@Test
	void theNightlyReconciliationMendsACountThatWentWrong() {
		UUID near = this.rows.personId(this.network.near);
		this.jdbc.update("update help_helper set open_count = 7, month_count = 9 where person_id = ?", near);
		assertThat(this.loads.reconcile(Instant.now())).isGreaterThanOrEqualTo(3);
		assertThat(load(this.network.near)).containsExactly(0, 0);
	}

	@Test
	void onlineRequestsReachTheLeastBusyOnlineLeadersInTheOrderRankingGives() {
		// Haitian Creole Leaders of this test only: the database orders ids as unsigned
		// bytes, so ids on both sides of the sign bit show whether ranking agrees
		Random random = new Random(11);
		Instant now = Instant.now();
		Instant month = HelperLoads.monthStart(now);
		List<UUID> made = new ArrayList<>();
		try {
			for (int i = 0; i < 150; i++) {
				UUID id = new UUID(random.nextLong(), random.nextLong());
				made.add(id);
				boolean placed = random.nextInt(5) != 0;
				this.jdbc.update(
						"""
								insert into help_helper (person_id, email, display_name, mail_language, languages, latitude,
								longitude, accepting, takes_online, reach_km, monthly_cap, weekdays, time_zone, updated_at,
								open_count, month_count, month_start) values (?, ?, ?, 'ht', ',ht,', ?, ?, ?, ?, ?, ?, ?, 'UTC', ?, ?, ?, ?)
								""",
						id, "online-" + id + "@example.org", "Online " + i,
						placed ? 10 + random.nextDouble() * 20 : null, placed ? -90 + random.nextDouble() * 30 : null,
						random.nextInt(8) != 0, random.nextInt(4) != 0, 10 + random.nextInt(71), 1 + random.nextInt(4),
						random.nextInt(6) == 0 ? "1" : "1,2,3,4,5,6,7", java.sql.Timestamp.from(now), random.nextInt(3),
						random.nextInt(5), java.sql.Timestamp.from(random.nextBoolean() ? month : Instant.EPOCH));
			}
			List<Helper> all = this.jdbc
				.query("select person_id from help_helper where languages like '%,ht,%'",
						(row, n) -> row.getObject(1, UUID.class))
				.stream()
				.map(id -> copyOf(id))
				.toList();
			Map<UUID, Long> holding = new HashMap<>();
			Map<UUID, Long> taken = new HashMap<>();
			all.forEach(helper -> {
				holding.put(helper.personId(), (long) helper.openCount());
				taken.put(helper.personId(), (long) helper.takenIn(month));
			});
			HelpRequest online = request(now, null, null);
			Set<UUID> offered = new HashSet<>();
			for (int round = 0; round < 40; round++) {
				List<UUID> ranked = Candidates.rank(online, all, offered, holding, taken, 10, now)
					.stream()
					.map(Helper::personId)
					.toList();
				List<UUID> chosen = this.routing.candidates(online, offered, now, 3)
					.stream()
					.map(Helper::personId)
					.toList();
				assertThat(chosen).as("round %d", round).isEqualTo(ranked.subList(0, Math.min(3, ranked.size())));
				if (chosen.isEmpty()) {
					break;
				}
				offered.add(chosen.getFirst());
			}
			assertThat(offered).as("rounds went past the first page of 64").hasSizeGreaterThan(30);

			// Requests with a place: among the Leaders, around them, or in Europe far
			// from all
			for (int round = 0; round < 150; round++) {
				boolean faraway = random.nextInt(10) == 0;
				HelpRequest placed = request(now, faraway ? 48.0 : -10 + random.nextDouble() * 60,
						faraway ? 2.0 : -120 + random.nextDouble() * 90);
				Set<UUID> before = new HashSet<>();
				all.stream().filter(h -> random.nextInt(10) == 0).forEach(h -> before.add(h.personId()));
				List<UUID> ranked = Candidates.rank(placed, all, before, holding, taken, 10, now)
					.stream()
					.map(Helper::personId)
					.toList();
				List<UUID> chosen = this.routing.candidates(placed, before, now, 2)
					.stream()
					.map(Helper::personId)
					.toList();
				assertThat(chosen.subList(0, Math.min(2, chosen.size()))).as("placed round %d", round)
					.isEqualTo(ranked.subList(0, Math.min(2, ranked.size())));
			}
		}
		finally {
			made.forEach(id -> this.jdbc.update("delete from help_helper where person_id = ?", id));
		}
	}

	private Helper copyOf(UUID id) {
		return this.jdbc.queryForObject("""
				select person_id, languages, accepting, takes_online, reach_km, monthly_cap, weekdays, open_count,
				month_count, month_start, latitude, longitude from help_helper where person_id = ?
				""",
				(row, n) -> new Helper(row.getObject(1, UUID.class), "", "", "ht", row.getString(2),
						row.getObject(11, Double.class), row.getObject(12, Double.class), null, row.getBoolean(3),
						row.getBoolean(4), row.getInt(5), row.getInt(6), row.getString(7), null, "UTC", row.getInt(8),
						row.getInt(9), row.getTimestamp(10).toInstant()),
				id);
	}

	private static HelpRequest request(Instant now, Double latitude, Double longitude) {
		Submission submission = new Submission("s", "Ana", ContactMethod.IN_APP, null, "ht", latitude, longitude,
				BabyAge.UNDER_6_WEEKS, Set.of(Topic.LATCH_AND_PAIN), Set.of(), "Sa fè mal.");
		return new HelpRequest("R", "h", submission, new HelpRequest.Sealed("n", null, "b", "q"), now);
	}

	private final Map<String, String> secrets = new HashMap<>();

	private String submitNearTheCentre() throws Exception {
		String secret = secretIn(this.mvc.perform(get("/help")).andReturn().getResponse().getContentAsString());
		this.mvc.perform(form(secret, "language", "es", "near", this.network.nearTheCentre()));
		String page = this.mvc.perform(get("/help/r/" + secret)).andReturn().getResponse().getContentAsString();
		Matcher matcher = REFERENCE.matcher(page);
		assertThat(matcher.find()).as("the conversation shows its reference").isTrue();
		this.secrets.put(matcher.group(), secret);
		return matcher.group();
	}

	private String secretOf(String reference) {
		return this.secrets.get(reference);
	}

	private void accept(String leader, String reference) throws Exception {
		UUID offer = this.rows.awaitOfferTo(leader, reference);
		this.mvc.perform(post("/leader/help/offers/" + offer + "/accept")
			.param("request", this.rows.requestId(reference).toString())
			.with(user(leader))
			.with(csrf()));
		assertThat(this.jdbc.queryForObject("select status from help_request where reference = ?", String.class,
				reference))
			.isEqualTo("ANSWERING");
	}

	private List<Integer> load(String leader) {
		return this.jdbc.queryForObject("select open_count, month_count from help_helper where person_id = ?",
				(row, n) -> List.of(row.getInt(1), row.getInt(2)), this.rows.personId(leader));
	}

}
