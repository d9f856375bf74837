package org.latch.platform;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import org.latch.RealHttp;
import org.latch.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When PostgreSQL stops answering, readiness turns DOWN so a load balancer stops sending
 * families here; when it answers again, Latch recovers by itself. Only meaningful on
 * PostgreSQL: an embedded H2 database cannot go away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.hikari.connection-timeout=1000",
				"spring.datasource.hikari.validation-timeout=500" })
@ActiveProfiles("test")
@Tag("persistence")
@EnabledIfSystemProperty(named = "latch.test.db", matches = "postgresql")
class DatabaseOutageTests {

	@LocalServerPort
	int port;

	@Value("${spring.datasource.url}")
	String url;

	@Autowired
	javax.sql.DataSource dataSource;

	@Test
	void readinessFollowsTheDatabaseAndTheAppRecoversByItself() throws Exception {
		String database = this.url.substring(this.url.lastIndexOf('/') + 1);
		assertThat(awaitReadiness(200, Duration.ofSeconds(10))).contains("UP");
		try {
			TestDatabase.admin("alter database " + database + " allow_connections false",
					"select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
			assertThat(awaitReadiness(503, Duration.ofSeconds(30))).contains("DOWN");
			assertThat(RealHttp.get(this.port, "/actuator/health/liveness").statusCode()).isEqualTo(200);
		}
		finally {
			TestDatabase.admin("alter database " + database + " allow_connections true");
		}
		assertThat(awaitReadiness(200, Duration.ofSeconds(30))).contains("UP");
		try (var connection = this.dataSource.getConnection()) {
			assertThat(connection.isValid(1)).isTrue();
		}
	}

	private String awaitReadiness(int status, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		HttpResponse<String> response;
		do {
			response = RealHttp.get(this.port, "/actuator/health/readiness");
			if (response.statusCode() == status) {
				return response.body();
			}
			Thread.sleep(250);
		}
		while (System.nanoTime() < deadline);
		throw new AssertionError("Readiness stayed " + response.statusCode() + " " + response.body());
	}

}
