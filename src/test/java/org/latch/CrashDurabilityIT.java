package org.latch;

import java.io.File;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the packaged application on its default embedded H2 file database, signs people
 * up, and kills the process with SIGKILL right after the last response: every sign-up
 * that was acknowledged, and its queued verification email, must still be in the
 * database.
 */
class CrashDurabilityIT {

	static final int SIGN_UPS = 8;

	@Test
	void killingTheAppRightAfterSignUpsLosesNothingItAcknowledged() throws Exception {
		Path dataDir = Files.createTempDirectory("latch-crash");
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", new File("target/latch.jar").getAbsolutePath());
		builder.environment().put("LATCH_DATA_DIR", dataDir.toString());
		builder.environment().put("PORT", String.valueOf(port));
		builder.environment().put("LATCH_DEMO", "false");
		builder.redirectErrorStream(true).redirectOutput(dataDir.resolve("app.log").toFile());
		Process app = builder.start();
		List<String> acknowledged = new ArrayList<>();
		try {
			HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			String base = "http://localhost:" + port;
			awaitReady(http, base, app);
			for (int i = 0; i < SIGN_UPS; i++) {
				String email = UUID.randomUUID() + "@crash.example.org";
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-up"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers
						.ofString("_csrf=" + csrf(http, base) + "&displayName=Crash+Test&password=&email=" + email))
					.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).as("sign-up answered").isEqualTo(302);
				assertThat(response.headers().firstValue("Location"))
					.hasValueSatisfying(l -> assertThat(l).endsWith("/sign-up/sent"));
				acknowledged.add(email);
			}
		}
		finally {
			app.destroyForcibly().waitFor();
		}
		try (Connection db = DriverManager.getConnection(
				"jdbc:h2:file:" + dataDir.resolve("latch") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "")) {
			assertThat(column(db, "select email from account")).containsAll(acknowledged);
			assertThat(column(db, "select recipient from mail_outbox")).containsAll(acknowledged);
		}
	}

	private static String csrf(HttpClient http, String base) throws Exception {
		String page = http
			.send(HttpRequest.newBuilder(URI.create(base + "/sign-up")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).as("CSRF field on the sign-up form").isTrue();
		return token.group(1);
	}

	private static void awaitReady(HttpClient http, String base, Process app) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(app.isAlive()).as("application process").isTrue();
			try {
				if (http
					.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
							HttpResponse.BodyHandlers.ofString())
					.statusCode() == 200) {
					return;
				}
			}
			catch (java.io.IOException notYet) {
				// still starting
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The application did not become ready");
	}

	private static List<String> column(Connection db, String sql) throws Exception {
		List<String> values = new ArrayList<>();
		try (ResultSet rows = db.createStatement().executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

}
