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

	static final int HELP_REQUESTS = 8;

	static final int REGISTRATIONS = 20;

	/** The demo Miracle Milk Stroll, which has a virtual "stroll your way" option. */
	static final String DEMO_CAMPAIGN = "c0ffee00-57a0-4011-8000-000000000001";

	@Test
	void killingTheAppRightAfterSignUpsLosesNothingItAcknowledged() throws Exception {
		Path dataDir = Files.createTempDirectory("latch-crash");
		int port = freePort();
		Process app = start(dataDir, port, "app.log");
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
		try (Connection db = h2(dataDir)) {
			assertThat(column(db, "select email from account")).containsAll(acknowledged);
			assertThat(column(db, "select recipient from mail_outbox")).containsAll(acknowledged);
		}
	}

	/**
	 * Families' help requests sent just before a SIGKILL are all stored; once restarted,
	 * none is left unrouted (with no Leader in this database, each is handed to the
	 * administrators) and every family's email has gone out, whether the killed process
	 * had sent it or the restarted one picks it up from the outbox. With no SMTP server
	 * configured, emails are files in the mail-drop directory.
	 */
	@Test
	void helpRequestsAcknowledgedBeforeAKillAreRoutedAndMailedAfterARestart() throws Exception {
		Path dataDir = Files.createTempDirectory("latch-crash-help");
		int port = freePort();
		String base = "http://localhost:" + port;
		List<String> families = new ArrayList<>();
		Process app = start(dataDir, port, "app.log");
		try {
			HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			awaitReady(http, base, app);
			for (int i = 0; i < HELP_REQUESTS; i++) {
				String page = http
					.send(HttpRequest.newBuilder(URI.create(base + "/help")).build(),
							HttpResponse.BodyHandlers.ofString())
					.body();
				String email = UUID.randomUUID() + "@crash.example.org";
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/help"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + field(page, "_csrf") + "&secret="
							+ field(page, "secret") + "&name=Ana&contact=EMAIL&email=" + email
							+ "&language=es&near=10001&baby=UNDER_6_WEEKS&topics=MILK_SUPPLY"
							+ "&question=%C2%BFTengo+poca+leche%3F&consent=true"))
					.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).as("help request answered").isEqualTo(302);
				families.add(email);
			}
		}
		finally {
			app.destroyForcibly().waitFor();
		}
		Process restarted = start(dataDir, port, "restart.log");
		try {
			HttpClient http = HttpClient.newHttpClient();
			awaitReady(http, base, restarted);
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (!families.stream().allMatch(mailDrop(dataDir)::contains) && System.nanoTime() < deadline) {
				Thread.sleep(500);
			}
			assertThat(families).as("families emailed their link").allMatch(mailDrop(dataDir)::contains);
		}
		finally {
			restarted.destroy();
			restarted.waitFor();
		}
		try (Connection db = h2(dataDir)) {
			assertThat(column(db, "select count(*) from help_request")).containsExactly(String.valueOf(HELP_REQUESTS));
			assertThat(column(db, "select reference from help_request where status = 'WAITING'"))
				.as("requests never routed")
				.isEmpty();
		}
	}

	/**
	 * Walkers registering for the demo Stroll one after another, right after start-up
	 * while the demo's own work is still being written, and a SIGKILL after the last
	 * answer: every registration answered with its private link is in the database, with
	 * the email that confirms it queued.
	 */
	@Test
	void registrationsAcknowledgedBeforeAKillAreAllStored() throws Exception {
		Path dataDir = Files.createTempDirectory("latch-crash-registrations");
		int port = freePort();
		List<String> walkers = new ArrayList<>();
		Process app = start(dataDir, port, "app.log", true);
		try {
			HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			String base = "http://localhost:" + port;
			String form = base + "/campaigns/" + DEMO_CAMPAIGN + "/register";
			awaitReady(http, base, app);
			for (int i = 0; i < REGISTRATIONS; i++) {
				String page = http
					.send(HttpRequest.newBuilder(URI.create(form)).build(), HttpResponse.BodyHandlers.ofString())
					.body();
				String email = UUID.randomUUID() + "@crash.example.org";
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(form))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + field(page, "_csrf") + "&secret="
							+ field(page, "secret") + "&site=virtual&team=none&teamName=&name=Walker+" + i + "&email="
							+ email + "&language=pt-BR&people=1&consent=true"))
					.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).as("registration answered").isEqualTo(302);
				assertThat(response.headers().firstValue("Location"))
					.hasValueSatisfying(l -> assertThat(l).contains("/campaigns/registrations/"));
				walkers.add(email);
			}
		}
		finally {
			app.destroyForcibly().waitFor();
		}
		try (Connection db = h2(dataDir)) {
			assertThat(column(db, "select email from calendar_registration")).containsAll(walkers);
			assertThat(column(db, "select recipient from mail_outbox")).containsAll(walkers);
		}
	}

	private static Process start(Path dataDir, int port, String log) throws java.io.IOException {
		return start(dataDir, port, log, false);
	}

	private static Process start(Path dataDir, int port, String log, boolean demo) throws java.io.IOException {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", new File("target/latch.jar").getAbsolutePath());
		builder.environment().put("LATCH_DATA_DIR", dataDir.toString());
		builder.environment().put("PORT", String.valueOf(port));
		builder.environment().put("LATCH_DEMO", String.valueOf(demo));
		builder.environment().put("LATCH_HELP_REQUESTS_PER_HOUR", "100");
		builder.redirectErrorStream(true).redirectOutput(dataDir.resolve(log).toFile());
		return builder.start();
	}

	private static int freePort() throws java.io.IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static Connection h2(Path dataDir) throws java.sql.SQLException {
		return DriverManager.getConnection(
				"jdbc:h2:file:" + dataDir.resolve("latch") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
	}

	/** Every email written to the mail-drop directory, as one text. */
	private static String mailDrop(Path dataDir) throws java.io.IOException {
		Path drop = dataDir.resolve("mail");
		if (!Files.isDirectory(drop)) {
			return "";
		}
		StringBuilder all = new StringBuilder();
		try (var files = Files.list(drop)) {
			for (Path file : files.toList()) {
				all.append(Files.readString(file));
			}
		}
		return all.toString();
	}

	private static String field(String page, String name) {
		Matcher value = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
		assertThat(value.find()).as(name + " on the help form").isTrue();
		return value.group(1);
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
		// generous: on a machine busy with other builds start-up alone has taken more
		// than 90 s
		long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
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
