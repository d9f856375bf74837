package org.latch.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gives back the space of the embedded H2 file. The embedded database never writes into
 * space it freed ({@code REUSE_SPACE=FALSE}, decision 35): with reuse, a SIGKILL lost the
 * last acknowledged registrations, while without it the file grows with every commit. So
 * once after start-up and every night, the connection pool is paused, the last
 * transactions finish, and {@code SHUTDOWN COMPACT} rewrites the file to its live data;
 * the pool then reopens the database. Requests arriving meanwhile wait (about a second
 * for a small network). Does nothing on PostgreSQL.
 */
@Component
public class EmbeddedDatabaseCompaction {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseCompaction.class);

	private final DataSource dataSource;

	private final String url;

	private final String user;

	private final String password;

	private final Duration drain;

	private final boolean atStart;

	EmbeddedDatabaseCompaction(DataSource dataSource, @Value("${spring.datasource.url}") String url,
			@Value("${spring.datasource.username:}") String user,
			@Value("${spring.datasource.password:}") String password,
			@Value("${latch.database.compaction-drain:30s}") Duration drain,
			@Value("${latch.database.compaction-at-start:true}") boolean atStart) {
		this.dataSource = dataSource;
		this.url = url;
		this.user = user;
		this.password = password;
		this.drain = drain;
		this.atStart = atStart;
	}

	@EventListener(ApplicationReadyEvent.class)
	void afterStart() {
		if (this.atStart) {
			compact();
		}
	}

	@Scheduled(cron = "${latch.database.compaction-cron:0 40 4 * * *}")
	void nightly() {
		compact();
	}

	/**
	 * Compacts the embedded file; false when there is none, or when transactions did not
	 * finish within the drain time (then nothing is done and the pool goes on).
	 */
	public boolean compact() {
		if (!this.url.startsWith("jdbc:h2:file:")) {
			return false;
		}
		HikariPoolMXBean pool = pool();
		if (pool == null) {
			return false;
		}
		long started = System.nanoTime();
		pool.suspendPool();
		try {
			if (!drained(pool)) {
				log.warn("Embedded database not compacted: connections still in use after {}", this.drain);
				return false;
			}
			try (Connection direct = DriverManager.getConnection(this.url, this.user, this.password);
					Statement shutdown = direct.createStatement()) {
				shutdown.execute("SHUTDOWN COMPACT");
			}
			log.info("Embedded database compacted in {} ms", (System.nanoTime() - started) / 1_000_000);
			return true;
		}
		catch (SQLException ex) {
			log.warn("Embedded database not compacted: {}", ex.getMessage());
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		finally {
			pool.softEvictConnections();
			pool.resumePool();
		}
	}

	/** Waits for borrowed connections to come back, then closes the idle ones. */
	private boolean drained(HikariPoolMXBean pool) throws InterruptedException {
		long deadline = System.nanoTime() + this.drain.toNanos();
		do {
			pool.softEvictConnections();
			if (pool.getActiveConnections() == 0 && pool.getTotalConnections() == 0) {
				return true;
			}
			Thread.sleep(20);
		}
		while (System.nanoTime() < deadline);
		return false;
	}

	private HikariPoolMXBean pool() {
		try {
			return this.dataSource.isWrapperFor(HikariDataSource.class)
					? this.dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean() : null;
		}
		catch (SQLException ex) {
			return null;
		}
	}

}
