package org.latch.directory;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.latch.directory.BenchmarkPlaces.Town;

/**
 * Writes a synthetic network straight into the directory's tables with JDBC batches: an
 * international organization, a national one per country, an area per region and
 * {@code groups} local groups placed like people (a populated place drawn by population,
 * moved a few kilometres), with about three meetings each; about 1% meet online. The same
 * seed gives the same network. The search index is built afterwards.
 */
final class BenchmarkNetwork {

	private static final int BATCH = 20_000;

	private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

	private final DataSource dataSource;

	private final BenchmarkPlaces places;

	private final Random random = new Random(20261123);

	private final Map<String, Unit> parents = new HashMap<>();

	private @Nullable Statements statements;

	private long meetings;

	private long ids;

	BenchmarkNetwork(DataSource dataSource, BenchmarkPlaces places) {
		this.dataSource = dataSource;
		this.places = places;
	}

	/** Writes the network and answers how many meetings it holds. */
	long write(int groups) throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			this.statements = new Statements(connection);
			Unit root = unit(null, UnitKind.INTERNATIONAL, "Latch International", null, null, null, null, false,
					List.of("en"));
			for (int n = 0; n < groups; n++) {
				group(root, n);
				if (n % BATCH == BATCH - 1) {
					this.statements.flush();
					connection.commit();
				}
			}
			this.statements.flush();
			connection.commit();
			this.statements.close();
		}
		return this.meetings;
	}

	private void group(Unit root, int n) throws SQLException {
		Town town = this.places.draw(this.random);
		boolean online = this.random.nextInt(100) == 0;
		List<String> languages = BenchmarkWords.languagesOf(town.country(), this.random);
		Unit national = this.parents.computeIfAbsent(town.country(), country -> unit(root, UnitKind.NATIONAL,
				"Latch " + country, country, null, null, null, false, List.of(languages.getFirst())));
		Unit area = this.parents.computeIfAbsent(town.country() + "-" + town.admin1(),
				key -> unit(national, UnitKind.AREA, "Latch " + key, town.country(), town.admin1(), null, null, false,
						List.of(languages.getFirst())));
		// Groups spread around their town, more widely around big cities.
		double spreadKm = Math.min(20, 1 + Math.sqrt(town.population()) / 300);
		double lat = town.latitude() + this.random.nextGaussian() * spreadKm / 111;
		double lon = town.longitude()
				+ this.random.nextGaussian() * spreadKm / (111 * Math.max(0.2, Math.cos(Math.toRadians(lat))));
		Unit group = online
				? unit(area, UnitKind.GROUP, BenchmarkWords.onlineName(languages.getFirst(), this.random),
						town.country(), town.admin1(), null, null, true, languages)
				: unit(area, UnitKind.GROUP, BenchmarkWords.groupName(town.name(), this.random), town.country(),
						town.admin1(), town.name(), new double[] { Math.clamp(lat, -89.9, 89.9), wrap(lon) }, false,
						languages);
		for (String language : languages) {
			this.statements.description(group.id(), language, BenchmarkWords.description(language, this.random));
		}
		String zone = online ? BenchmarkWords.onlineZone(languages.getFirst(), this.random)
				: "Etc/GMT" + offsetName(-Math.round(town.longitude() / 15));
		int count = 1 + this.random.nextInt(5);
		for (int m = 0; m < count; m++) {
			meeting(group.id(), online, zone, languages);
		}
	}

	private void meeting(UUID group, boolean online, String zone, List<String> languages) throws SQLException {
		this.meetings++;
		UUID id = nextId();
		String day = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU").get(this.random.nextInt(7));
		int kind = this.random.nextInt(10);
		String rule = (kind < 5) ? "FREQ=WEEKLY;BYDAY=" + day : (kind < 7) ? "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + day
				: "FREQ=MONTHLY;BYDAY=" + (1 + this.random.nextInt(4)) + day;
		LocalTime start = List
			.of(LocalTime.of(9, 30), LocalTime.of(10, 0), LocalTime.of(10, 30), LocalTime.of(13, 0),
					LocalTime.of(14, 0), LocalTime.of(18, 30), LocalTime.of(19, 0), LocalTime.of(19, 30))
			.get(this.random.nextInt(8));
		MeetingFormat format = online ? MeetingFormat.ONLINE
				: (this.random.nextInt(10) == 0) ? MeetingFormat.HYBRID : MeetingFormat.IN_PERSON;
		this.statements.meeting(id, group, Recurrence.parse(rule).rule(),
				LocalDate.of(2026, 1, 5).plusDays(this.random.nextInt(200)), start, 60 + 30 * this.random.nextInt(3),
				zone, format);
		for (int position = 0; position < languages.size(); position++) {
			this.statements.meetingLanguage(id, position, languages.get(position));
		}
		Audience[] audiences = Audience.values();
		int first = this.random.nextInt(audiences.length * 2);
		if (first < audiences.length) {
			this.statements.audience(id, audiences[first].name());
			if (this.random.nextBoolean()) {
				this.statements.audience(id, audiences[(first + 1) % audiences.length].name());
			}
		}
		if (this.random.nextInt(3) == 0) {
			Accessibility[] all = Accessibility.values();
			this.statements.accessibility(id, all[this.random.nextInt(all.length)].name());
		}
	}

	private Unit unit(@Nullable Unit parent, UnitKind kind, String name, @Nullable String country,
			@Nullable String region, @Nullable String city, double @Nullable [] point, boolean online,
			List<String> languages) {
		UUID id = nextId();
		String path = ((parent == null) ? "/" : parent.path()) + id + "/";
		try {
			this.statements.unit(id, (parent == null) ? null : parent.id(), path, kind, "bench-" + id, name, country,
					region, city, point, online, String.join(",", languages));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return new Unit(id, path);
	}

	/**
	 * Ids in ascending order with random low bits, like time-ordered UUIDs: the database
	 * appends instead of rewriting pages all over, which makes 1M groups affordable.
	 */
	private UUID nextId() {
		return new UUID(++this.ids, this.random.nextLong());
	}

	private static double wrap(double longitude) {
		return ((longitude + 540) % 360) - 180;
	}

	private static String offsetName(long hours) {
		long clamped = Math.clamp(hours, -12, 12);
		return (clamped == 0) ? "" : ((clamped > 0) ? "+" : "") + clamped;
	}

	private record Unit(UUID id, String path) {
	}

	/** The insert statements, each batched, flushed parents first. */
	private static final class Statements {

		private final List<PreparedStatement> all = new ArrayList<>();

		private final PreparedStatement unit;

		private final PreparedStatement description;

		private final PreparedStatement meeting;

		private final PreparedStatement language;

		private final PreparedStatement audience;

		private final PreparedStatement accessibility;

		Statements(Connection connection) throws SQLException {
			this.unit = prepare(connection,
					"insert into organization_unit (id, parent_id, path, kind, slug, name, "
							+ "country, region, city, latitude, longitude, online, languages, created_at, updated_at) "
							+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
			this.description = prepare(connection,
					"insert into organization_unit_description (unit_id, language, description) values (?, ?, ?)");
			this.meeting = prepare(connection,
					"insert into meeting (id, group_id, rrule, first_date, start_time, duration_minutes, time_zone, "
							+ "format, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
			this.language = prepare(connection,
					"insert into meeting_language (meeting_id, position, language) values (?, ?, ?)");
			this.audience = prepare(connection, "insert into meeting_audience (meeting_id, audience) values (?, ?)");
			this.accessibility = prepare(connection,
					"insert into meeting_accessibility (meeting_id, accessibility) values (?, ?)");
		}

		private PreparedStatement prepare(Connection connection, String sql) throws SQLException {
			PreparedStatement statement = connection.prepareStatement(sql);
			this.all.add(statement);
			return statement;
		}

		void unit(UUID id, @Nullable UUID parent, String path, UnitKind kind, String slug, String name,
				@Nullable String country, @Nullable String region, @Nullable String city, double @Nullable [] point,
				boolean online, String languages) throws SQLException {
			this.unit.setObject(1, id);
			this.unit.setObject(2, parent);
			this.unit.setString(3, path);
			this.unit.setString(4, kind.name());
			this.unit.setString(5, slug);
			this.unit.setString(6, name);
			this.unit.setString(7, country);
			this.unit.setString(8, region);
			this.unit.setString(9, city);
			this.unit.setObject(10, (point == null) ? null : point[0]);
			this.unit.setObject(11, (point == null) ? null : point[1]);
			this.unit.setBoolean(12, online);
			this.unit.setString(13, languages);
			this.unit.setTimestamp(14, Timestamp.from(CREATED));
			this.unit.setTimestamp(15, Timestamp.from(CREATED));
			this.unit.addBatch();
		}

		void description(UUID unit, String language, String text) throws SQLException {
			this.description.setObject(1, unit);
			this.description.setString(2, language);
			this.description.setString(3, text);
			this.description.addBatch();
		}

		void meeting(UUID id, UUID group, String rule, LocalDate first, LocalTime start, int minutes, String zone,
				MeetingFormat format) throws SQLException {
			this.meeting.setObject(1, id);
			this.meeting.setObject(2, group);
			this.meeting.setString(3, rule);
			this.meeting.setDate(4, Date.valueOf(first));
			this.meeting.setTime(5, Time.valueOf(start));
			this.meeting.setInt(6, minutes);
			this.meeting.setString(7, zone);
			this.meeting.setString(8, format.name());
			this.meeting.setTimestamp(9, Timestamp.from(CREATED));
			this.meeting.setTimestamp(10, Timestamp.from(CREATED));
			this.meeting.addBatch();
		}

		void meetingLanguage(UUID meeting, int position, String language) throws SQLException {
			this.language.setObject(1, meeting);
			this.language.setInt(2, position);
			this.language.setString(3, language);
			this.language.addBatch();
		}

		void audience(UUID meeting, String audience) throws SQLException {
			this.audience.setObject(1, meeting);
			this.audience.setString(2, audience);
			this.audience.addBatch();
		}

		void accessibility(UUID meeting, String accessibility) throws SQLException {
			this.accessibility.setObject(1, meeting);
			this.accessibility.setString(2, accessibility);
			this.accessibility.addBatch();
		}

		/** Sends every batch, in declaration order so that rows follow their parents. */
		void flush() throws SQLException {
			for (PreparedStatement statement : this.all) {
				statement.executeBatch();
			}
		}

		void close() throws SQLException {
			for (PreparedStatement statement : this.all) {
				statement.close();
			}
		}

	}

}
