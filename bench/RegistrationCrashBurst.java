// Checks issue 6's durability requirement (kill -9 during a burst of registrations loses no
// acknowledged registration) against the packaged jar, outside the test suite:
//   mvn -q -DskipTests package
//   /usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/RegistrationCrashBurst.java [registrations=20] [pause-ms-before-kill=0]
// It starts target/latch.jar with the demo data on a new data directory, registers walkers
// for the demo Stroll's virtual option one after another, keeps those answered with a 302
// to their private link, kills the process with SIGKILL and counts which of them the H2
// file holds, read with the H2 driver inside the jar (a file written by one H2 version and
// read by another after a crash is not a fair test). Set SUFFIX to replace the H2 settings
// after WRITE_DELAY=0 of the database URL: SUFFIX=";REUSE_SPACE=TRUE" shows the loss that
// made REUSE_SPACE=FALSE the default (decision 35); SUFFIX=";REUSE_SPACE=FALSE" is the default.
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

public class RegistrationCrashBurst {

	static final String CAMPAIGN = "c0ffee00-57a0-4011-8000-000000000001";

	public static void main(String[] args) throws Exception {
		int count = (args.length > 0) ? Integer.parseInt(args[0]) : 20;
		long pause = (args.length > 1) ? Long.parseLong(args[1]) : 0;
		Path dir = Files.createTempDirectory("latch-burst");
		int port = 18123;
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", "target/latch.jar");
		builder.environment().put("LATCH_DATA_DIR", dir.toString());
		builder.environment().put("PORT", String.valueOf(port));
		builder.environment().put("LATCH_DEMO", "true");
		if (System.getenv("SUFFIX") != null) {
			builder.environment().put("LATCH_DB_URL", "jdbc:h2:file:" + dir.resolve("latch")
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
					+ System.getenv("SUFFIX"));
		}
		builder.redirectErrorStream(true).redirectOutput(dir.resolve("app.log").toFile());
		Process app = builder.start();
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String base = "http://localhost:" + port;
		List<String> acknowledged = new ArrayList<>();
		try {
			awaitReady(http, base);
			for (int i = 0; i < count; i++) {
				String form = base + "/campaigns/" + CAMPAIGN + "/register";
				String page = http.send(HttpRequest.newBuilder(URI.create(form)).build(),
						HttpResponse.BodyHandlers.ofString()).body();
				String email = "walker" + i + "@crash.example.org";
				String body = "_csrf=" + field(page, "_csrf") + "&secret=" + field(page, "secret")
						+ "&site=virtual&team=none&teamName=&name=Walker+" + i + "&email=" + email
						+ "&language=en&people=1&consent=true";
				HttpResponse<String> sent = http.send(HttpRequest.newBuilder(URI.create(form))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
				String location = sent.headers().firstValue("Location").orElse("");
				if (sent.statusCode() == 302 && location.contains("/campaigns/registrations/")) {
					acknowledged.add(email);
				}
			}
			Thread.sleep(pause);
		}
		finally {
			app.destroyForcibly().waitFor();
		}
		Set<String> stored = new HashSet<>();
		Properties login = new Properties();
		login.put("user", "sa");
		login.put("password", "");
		try (Connection db = bundledH2().connect(
				"jdbc:h2:file:" + dir.resolve("latch") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", login);
				ResultSet rows = db.createStatement().executeQuery("select email from calendar_registration")) {
			while (rows.next()) {
				stored.add(rows.getString(1));
			}
		}
		List<String> missing = acknowledged.stream().filter(email -> !stored.contains(email)).toList();
		System.out.println("acknowledged " + acknowledged.size() + ", missing after the kill " + missing.size() + " "
				+ missing + " (data in " + dir + ")");
	}

	/** The H2 driver packaged in target/latch.jar, copied out of it and loaded on its own. */
	static Driver bundledH2() throws Exception {
		try (ZipFile jar = new ZipFile("target/latch.jar")) {
			ZipEntry h2 = jar.stream()
				.filter(entry -> entry.getName().matches("BOOT-INF/lib/h2-[0-9.]+\\.jar"))
				.findFirst()
				.orElseThrow();
			Path copy = Files.createTempFile("h2-", ".jar");
			try (InputStream in = jar.getInputStream(h2)) {
				Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			}
			System.out.println("reading with " + h2.getName());
			ClassLoader loader = new URLClassLoader(new URL[] { copy.toUri().toURL() },
					ClassLoader.getPlatformClassLoader());
			return (Driver) loader.loadClass("org.h2.Driver").getConstructor().newInstance();
		}
	}

	static void awaitReady(HttpClient http, String base) throws Exception {
		long deadline = System.nanoTime() + 240_000_000_000L;
		while (System.nanoTime() < deadline) {
			try {
				if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (java.io.IOException notYet) {
				// starting
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("Latch did not become ready");
	}

	static String field(String page, String name) {
		Matcher found = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
		if (!found.find()) {
			throw new IllegalStateException("no field " + name);
		}
		return found.group(1);
	}

}
