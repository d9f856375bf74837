package org.latch.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.latch.LatchApplication;
import org.latch.TestMailServer;

/**
 * The whole application, started once per test JVM on a free port the first time a
 * browser test asks for it: demo data on, mail to the {@link TestMailServer}, an H2 file
 * database in a fresh temporary directory. Closed, and its directory deleted, when the
 * JVM exits.
 */
public final class BrowserTestServer {

	private BrowserTestServer() {
	}

	/** {@code http://localhost:<port>}: the exact origin passkeys are registered for. */
	public static String baseUrl() {
		return Running.SERVER.baseUrl;
	}

	/** Absolute address of a path of the running application. */
	public static String url(String path) {
		return baseUrl() + path;
	}

	private record Running(String baseUrl, ConfigurableApplicationContext context, Path dataDir) {

		static final Running SERVER = start();

		private static Running start() {
			int port = freePort();
			Path dataDir = temporaryDirectory();
			String baseUrl = "http://localhost:" + port;
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("server.port", port);
			properties.put("latch.base-url", baseUrl);
			properties.put("latch.demo.enabled", true);
			properties.put("spring.mail.host", "127.0.0.1");
			properties.put("spring.mail.port", TestMailServer.port());
			properties.put("spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("latch")
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;REUSE_SPACE=FALSE");
			properties.put("latch.data-dir", dataDir.toString());
			properties.put("logging.level.root", "WARN");
			long started = System.nanoTime();
			// Default properties rank below application-test.properties (which names an
			// in-memory
			// database and its own data directory), so the same values also go in as
			// command-line
			// arguments, which rank above every properties file.
			ConfigurableApplicationContext context = new SpringApplicationBuilder(LatchApplication.class)
				.profiles("test")
				.properties(properties)
				.registerShutdownHook(false)
				.run(properties.entrySet()
					.stream()
					.map(e -> "--" + e.getKey() + "=" + e.getValue())
					.toArray(String[]::new));
			System.out.printf("Browser test server at %s started in %d ms (data in %s)%n", baseUrl,
					(System.nanoTime() - started) / 1_000_000, dataDir);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				context.close();
				delete(dataDir);
			}, "browser-test-server-shutdown"));
			return new Running(baseUrl, context, dataDir);
		}

		private static int freePort() {
			try (ServerSocket socket = new ServerSocket(0)) {
				socket.setReuseAddress(true);
				return socket.getLocalPort();
			}
			catch (IOException failure) {
				throw new UncheckedIOException("No free port for the browser test server", failure);
			}
		}

		private static Path temporaryDirectory() {
			try {
				return Files.createTempDirectory("latch-browser-test-");
			}
			catch (IOException failure) {
				throw new UncheckedIOException(failure);
			}
		}

		private static void delete(Path directory) {
			try (Stream<Path> files = Files.walk(directory)) {
				files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
			catch (IOException | UncheckedIOException ignored) {
				// best effort at JVM exit
			}
		}

	}

}
