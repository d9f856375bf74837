package org.latch.helprequest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import org.latch.LatchApplication;
import org.latch.TestDatabase;

/**
 * The whole application on a PostgreSQL database of its own, {@code latch_bench_help},
 * holding Leaders spread over the United States and a year of past requests. The database
 * is kept between runs and loaded only when it holds fewer rows than asked for (drop it
 * with {@code dropdb -h 127.0.0.1 -U postgres latch_bench_help}). Rows go in with JDBC
 * batches; the sealed columns hold a fixed string under the benchmark's key, never opened
 * by routing.
 */
final class BenchmarkHelpNetwork implements AutoCloseable {

	static final String DATABASE = "latch_bench_help";

	/** The benchmark's key ring: one all-zero key, so sealed columns start "bench:". */
	private static final String KEYS = "bench:" + "A".repeat(43) + "=";

	private static final String SEALED = "bench:AAAA";

	/** Metro centres (lat, lon): about half of Leaders and families live near one. */
	private static final double[][] METROS = { { 40.71, -74.01 }, { 34.05, -118.24 }, { 41.88, -87.63 },
			{ 29.76, -95.37 }, { 33.45, -112.07 }, { 39.95, -75.17 }, { 29.42, -98.49 }, { 32.72, -117.16 },
			{ 32.78, -96.80 }, { 37.34, -121.89 }, { 30.27, -97.74 }, { 30.33, -81.66 }, { 39.96, -83.00 },
			{ 35.23, -80.84 }, { 37.77, -122.42 }, { 39.77, -86.16 }, { 47.61, -122.33 }, { 39.74, -104.99 },
			{ 38.91, -77.04 }, { 42.36, -71.06 }, { 36.17, -115.14 }, { 45.52, -122.68 }, { 25.76, -80.19 },
			{ 33.75, -84.39 }, { 44.98, -93.27 } };

	private final ConfigurableApplicationContext context;

	private BenchmarkHelpNetwork(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static BenchmarkHelpNetwork open(int helpers, int pastRequests) throws SQLException {
		boolean exists;
		try (Connection admin = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres",
				"postgres", "");
				PreparedStatement query = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
			query.setString(1, DATABASE);
			try (ResultSet found = query.executeQuery()) {
				exists = found.next();
			}
		}
		if (!exists) {
			TestDatabase.admin("create database " + DATABASE);
		}
		Path dir = Path.of("target", "bench-data", DATABASE).toAbsolutePath();
		ConfigurableApplicationContext context = new SpringApplication(LatchApplication.class).run(
				"--latch.data-dir=" + dir, "--server.port=0", "--latch.demo.enabled=false",
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + DATABASE + "?reWriteBatchedInserts=true",
				"--spring.datasource.username=postgres", "--spring.datasource.password=", "--latch.help.keys=" + KEYS,
				"--latch.help.routing.sweep-every=24h", "--latch.mail.poll-interval=24h", "--logging.level.root=WARN",
				"--logging.level.org.latch=INFO");
		BenchmarkHelpNetwork network = new BenchmarkHelpNetwork(context);
		if (network.count("select count(*) from help_helper") < helpers
				|| network.count("select count(*) from help_request where reference like 'P%'") < pastRequests) {
			long start = System.nanoTime();
			network.load(helpers, pastRequests);
			// Rows written around the application: count their loads as the nightly run
			// would
			network.bean(HelperLoads.class).reconcile(Instant.now());
			System.out.printf("Loaded %d Leaders and %d past requests in %.1f s%n", helpers, pastRequests,
					(System.nanoTime() - start) / 1e9);
		}
		else {
			System.out.println("Reusing the Leaders and past requests in database " + DATABASE);
		}
		return network;
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	long count(String sql) throws SQLException {
		try (Connection connection = bean(DataSource.class).getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	void execute(String... statements) throws SQLException {
		try (Connection connection = bean(DataSource.class).getConnection();
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private void load(int helpers, int pastRequests) throws SQLException {
		execute("delete from help_offer", "delete from help_step", "delete from help_request",
				"delete from help_helper");
		Random random = new Random(42);
		Instant now = Instant.now();
		List<UUID> ids = new ArrayList<>();
		List<UUID> areas = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			areas.add(new UUID(0x4000L, i));
		}
		try (Connection connection = bean(DataSource.class).getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement("""
					insert into help_helper (person_id, email, display_name, mail_language, languages, latitude,
					longitude, area_id, accepting, takes_online, reach_km, monthly_cap, weekdays, away_until,
					time_zone, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
				for (int i = 0; i < helpers; i++) {
					UUID id = new UUID(0x1000L, i);
					ids.add(id);
					double[] place = place(random);
					String language = language(random);
					insert.setObject(1, id);
					insert.setString(2, "leader" + i + "@example.org");
					insert.setString(3, "Leader " + i);
					insert.setString(4, language);
					insert.setString(5, languages(language, random));
					insert.setDouble(6, place[0]);
					insert.setDouble(7, place[1]);
					insert.setObject(8, areas.get(random.nextInt(areas.size())));
					insert.setBoolean(9, random.nextInt(10) != 0);
					insert.setBoolean(10, random.nextInt(10) < 6);
					insert.setInt(11, 10 + random.nextInt(71));
					insert.setInt(12, 3 + random.nextInt(13));
					insert.setString(13, weekdays(random));
					if (random.nextInt(20) == 0) {
						insert.setObject(14, java.time.LocalDate.now().plusDays(1 + random.nextInt(30)));
					}
					else {
						insert.setNull(14, Types.DATE);
					}
					insert.setString(15, zone(place[1]));
					insert.setTimestamp(16, Timestamp.from(now));
					insert.addBatch();
				}
				insert.executeBatch();
			}
			try (PreparedStatement insert = connection.prepareStatement(requestInsert())) {
				for (int i = 0; i < pastRequests; i++) {
					boolean answering = random.nextInt(100) < 3;
					long ago = answering ? random.nextLong(Duration.ofDays(30).toSeconds())
							: random.nextLong(Duration.ofDays(365).toSeconds());
					Instant assigned = now.minusSeconds(ago);
					Instant created = assigned.minusSeconds(60 + random.nextInt(86_400));
					bindRequest(insert, new UUID(0x2000L, i), String.format("P%011d", i), i,
							answering ? HelpStatus.ANSWERING : HelpStatus.CLOSED, random, created);
					insert.setObject(18, ids.get(random.nextInt(ids.size())));
					insert.setTimestamp(19, Timestamp.from(assigned));
					insert.setTimestamp(20, answering ? null : Timestamp.from(assigned.plusSeconds(86_400 * 3)));
					insert.setString(21, answering ? null : Outcome.HELPED.name());
					insert.addBatch();
					if (i % 5_000 == 4_999) {
						insert.executeBatch();
						connection.commit();
					}
				}
				insert.executeBatch();
			}
			connection.commit();
		}
		execute("analyze help_helper", "analyze help_request");
	}

	/** Inserts {@code count} new requests waiting for their first offer; their ids. */
	List<UUID> waiting(int count, long seed) throws SQLException {
		execute("delete from help_offer where request_id in (select id from help_request where status = 'WAITING')",
				"delete from help_step where request_id in (select id from help_request where status = 'WAITING')",
				"delete from help_request where status = 'WAITING'", "delete from mail_outbox");
		Random random = new Random(seed);
		List<UUID> ids = new ArrayList<>();
		Instant now = Instant.now();
		try (Connection connection = bean(DataSource.class).getConnection();
				PreparedStatement insert = connection.prepareStatement(requestInsert())) {
			for (int i = 0; i < count; i++) {
				UUID id = new UUID(0x3000L, i);
				ids.add(id);
				bindRequest(insert, id, String.format("W%011d", i), 10_000_000 + i, HelpStatus.WAITING, random, now);
				insert.setObject(18, null);
				insert.setTimestamp(19, null);
				insert.setTimestamp(20, null);
				insert.setString(21, null);
				insert.addBatch();
			}
			insert.executeBatch();
		}
		// As autovacuum would: the visibility map lets the loads be read from the index
		// alone.
		execute("vacuum analyze help_request");
		return ids;
	}

	/** Lets the requests made waiting by {@link #waiting} be routed again. */
	void reset() throws SQLException {
		execute("delete from help_offer where request_id in (select id from help_request where status = 'WAITING')",
				"delete from help_step where request_id in (select id from help_request where status = 'WAITING')",
				"delete from mail_outbox");
	}

	private static String requestInsert() {
		return """
				insert into help_request (id, reference, secret_hash, status, urgent, language, contact_method,
				latitude, longitude, topics, warning_signs, name_sealed, contact_sealed, baby_sealed, question_sealed,
				created_at, updated_at, helper_id, assigned_at, closed_at, outcome)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
	}

	private static void bindRequest(PreparedStatement insert, UUID id, String reference, long n, HelpStatus status,
			Random random, Instant created) throws SQLException {
		insert.setObject(1, id);
		insert.setString(2, reference);
		insert.setString(3, String.format("%064x", n));
		insert.setString(4, status.name());
		insert.setBoolean(5, random.nextInt(10) == 0);
		insert.setString(6, language(random));
		insert.setString(7, ContactMethod.IN_APP.name());
		if (random.nextInt(10) == 0) {
			insert.setNull(8, Types.DOUBLE);
			insert.setNull(9, Types.DOUBLE);
		}
		else {
			double[] place = place(random);
			insert.setDouble(8, Math.round(place[0] * 100) / 100.0);
			insert.setDouble(9, Math.round(place[1] * 100) / 100.0);
		}
		insert.setString(10, "LATCH_AND_PAIN");
		insert.setString(11, "");
		insert.setString(12, SEALED);
		insert.setString(13, null);
		insert.setString(14, SEALED);
		insert.setString(15, SEALED);
		insert.setTimestamp(16, Timestamp.from(created));
		insert.setTimestamp(17, Timestamp.from(created));
	}

	/** Half near a metro centre (Gaussian, about 40 km), half anywhere in the box. */
	private static double[] place(Random random) {
		if (random.nextBoolean()) {
			double[] metro = METROS[random.nextInt(METROS.length)];
			return new double[] { Math.clamp(metro[0] + random.nextGaussian() * 0.35, 25, 49),
					Math.clamp(metro[1] + random.nextGaussian() * 0.45, -124, -67) };
		}
		return new double[] { 25 + random.nextDouble() * 24, -124 + random.nextDouble() * 57 };
	}

	/** en 65%, es 30%, then pt-BR, fr and ht. */
	private static String language(Random random) {
		int n = random.nextInt(100);
		return (n < 65) ? "en" : (n < 95) ? "es" : (n < 97) ? "pt-BR" : (n < 99) ? "fr" : "ht";
	}

	/**
	 * The Leader's first language and, for most who do not speak English first, English.
	 */
	private static String languages(String first, Random random) {
		if (first.equals("en")) {
			return (random.nextInt(10) == 0) ? ",en,es," : ",en,";
		}
		return (random.nextInt(4) == 0) ? "," + first + "," : "," + first + ",en,";
	}

	private static String weekdays(Random random) {
		StringBuilder days = new StringBuilder();
		for (int day = 1; day <= 7; day++) {
			if (random.nextInt(10) < 7) {
				days.append(days.isEmpty() ? "" : ",").append(day);
			}
		}
		return days.isEmpty() ? "3" : days.toString();
	}

	private static String zone(double longitude) {
		return (longitude < -115) ? "America/Los_Angeles"
				: (longitude < -102) ? "America/Denver" : (longitude < -87) ? "America/Chicago" : "America/New_York";
	}

	@Override
	public void close() {
		this.context.close();
	}

}
