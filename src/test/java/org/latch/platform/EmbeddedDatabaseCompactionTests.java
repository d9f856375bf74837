package org.latch.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded file written without reusing freed space grows with every commit; the
 * compaction gives the space back while the pool stays usable, and waits for borrowed
 * connections instead of pulling the database from under a transaction.
 */
class EmbeddedDatabaseCompactionTests {

	@TempDir
	Path directory;

	private HikariDataSource pool;

	@AfterEach
	void close() {
		if (this.pool != null) {
			this.pool.close();
		}
	}

	@Test
	void compactingGivesBackTheSpaceOfEveryCommitAndKeepsTheRows() throws Exception {
		EmbeddedDatabaseCompaction compaction = compaction(Duration.ofSeconds(10));
		try (Connection db = this.pool.getConnection()) {
			db.createStatement().execute("create table walker (id int primary key, email varchar(100))");
			for (int i = 0; i < 500; i++) {
				try (PreparedStatement insert = db.prepareStatement("insert into walker values (?, ?)")) {
					insert.setInt(1, i);
					insert.setString(2, "walker" + i + "@example.org");
					insert.executeUpdate();
				}
			}
		}
		long grown = Files.size(this.directory.resolve("latch.mv.db"));

		assertThat(compaction.compact()).isTrue();

		assertThat(Files.size(this.directory.resolve("latch.mv.db"))).isLessThan(grown / 4);
		try (Connection db = this.pool.getConnection();
				ResultSet count = db.createStatement().executeQuery("select count(*) from walker")) {
			count.next();
			assertThat(count.getInt(1)).as("every committed row after the database reopened").isEqualTo(500);
		}
	}

	@Test
	void aTransactionStillRunningIsNeitherBrokenNorWaitedForForever() throws Exception {
		EmbeddedDatabaseCompaction compaction = compaction(Duration.ofMillis(300));
		try (Connection busy = this.pool.getConnection()) {
			busy.setAutoCommit(false);
			busy.createStatement().execute("create table walker (id int primary key)");
			busy.createStatement().executeUpdate("insert into walker values (1)");

			assertThat(compaction.compact()).as("skipped while a connection is borrowed").isFalse();

			busy.commit();
		}
		try (Connection db = this.pool.getConnection();
				ResultSet count = db.createStatement().executeQuery("select count(*) from walker")) {
			count.next();
			assertThat(count.getInt(1)).isEqualTo(1);
		}
	}

	@Test
	void aServerDatabaseIsLeftAlone() {
		EmbeddedDatabaseCompaction compaction = new EmbeddedDatabaseCompaction(new HikariDataSource(),
				"jdbc:postgresql://127.0.0.1:5432/latch", "latch", "", Duration.ofSeconds(1), true);

		assertThat(compaction.compact()).isFalse();
	}

	private EmbeddedDatabaseCompaction compaction(Duration drain) {
		String url = "jdbc:h2:file:" + this.directory.resolve("latch")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0;REUSE_SPACE=FALSE";
		this.pool = new HikariDataSource();
		this.pool.setJdbcUrl(url);
		this.pool.setUsername("sa");
		this.pool.setPassword("");
		this.pool.setMinimumIdle(2);
		this.pool.setAllowPoolSuspension(true);
		return new EmbeddedDatabaseCompaction(this.pool, url, "sa", "", drain, true);
	}

}
