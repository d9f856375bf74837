package org.latch.helprequest;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Families asking for help at once, against a running Latch: each of {@code submitters}
 * threads loops over GET /help (its own cookies: the CSRF token), POST /help with the
 * form's secret and token, then the confirmation page the answer redirects to. After a
 * warm-up it counts completed submissions per second and the latencies of the POST with
 * the confirmation page (round trip) and of the confirmation page alone. With a think
 * time each family spends that long on average (exponentially distributed) filling the
 * form between the GET and the POST, as people do; without one they submit back to back,
 * which measures the most the server can take. Uses only the JDK; run by
 * {@code bench/help-submit.sh}. Not a test.
 */
public final class HelpSubmitLoad {

	private static final Pattern SECRET = Pattern.compile("name=\"secret\" value=\"([A-Za-z0-9_-]{22})\"");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/**
	 * Where families write from: ZIP codes and towns of the bundled places, or nowhere.
	 */
	private static final List<String> NEAR = List.of("10001", "02124", "60601", "94103", "77002", "33101", "98101",
			"30303", "85004", "19104", "");

	private static final List<String> LANGUAGES = List.of("en", "en", "en", "es", "es", "pt-BR", "fr", "ht");

	private final String base;

	private final long measureFrom;

	private final long end;

	private final long thinkMillis;

	private final List<long[]> samples = new ArrayList<>();

	private final AtomicLong errors = new AtomicLong();

	private HelpSubmitLoad(String base, long measureFrom, long end, long thinkMillis) {
		this.base = base;
		this.thinkMillis = thinkMillis;
		this.measureFrom = measureFrom;
		this.end = end;
	}

	public static void main(String[] args) throws Exception {
		String base = (args.length > 0) ? args[0] : "http://localhost:8080";
		int seconds = (args.length > 1) ? Integer.parseInt(args[1]) : 60;
		int submitters = (args.length > 2) ? Integer.parseInt(args[2]) : 32;
		int warmup = (args.length > 3) ? Integer.parseInt(args[3]) : 30;
		long think = (args.length > 4) ? Long.parseLong(args[4]) : 0;
		long now = System.nanoTime();
		HelpSubmitLoad load = new HelpSubmitLoad(base, now + warmup * 1_000_000_000L,
				now + (warmup + seconds) * 1_000_000_000L, think);
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < submitters; i++) {
			threads.add(Thread.ofPlatform().start(load::submitter));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		load.report(seconds, submitters, warmup);
	}

	private void submitter() {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		List<long[]> mine = new ArrayList<>();
		while (System.nanoTime() < this.end) {
			try {
				long start = System.nanoTime();
				String form = send(client, HttpRequest.newBuilder(URI.create(this.base + "/help")).GET(), 200).body();
				long formTime = System.nanoTime() - start;
				if (this.thinkMillis > 0) {
					Thread.sleep((long) (-Math.log(1 - ThreadLocalRandom.current().nextDouble()) * this.thinkMillis));
				}
				long posted = System.nanoTime();
				HttpResponse<String> sent = send(client,
						HttpRequest.newBuilder(URI.create(this.base + "/help"))
							.header("Content-Type", "application/x-www-form-urlencoded")
							.POST(HttpRequest.BodyPublishers.ofString(fields(form))),
						302);
				String location = sent.headers().firstValue("Location").orElseThrow();
				long redirected = System.nanoTime();
				String page = send(client, HttpRequest.newBuilder(URI.create(this.base).resolve(location)).GET(), 200)
					.body();
				long done = System.nanoTime();
				if (!page.contains(URI.create(location).getPath())) {
					throw new IllegalStateException("not the confirmation page: " + location);
				}
				if (start >= this.measureFrom && done <= this.end) {
					mine.add(new long[] { formTime, done - posted, done - redirected });
				}
			}
			catch (Exception failure) {
				if (this.errors.incrementAndGet() <= 5) {
					System.err.println("Failed: " + failure);
				}
			}
		}
		synchronized (this.samples) {
			this.samples.addAll(mine);
		}
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request, int status)
			throws Exception {
		HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != status) {
			throw new IllegalStateException(response.uri() + " answered " + response.statusCode());
		}
		return response;
	}

	private static String fields(String form) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder body = new StringBuilder();
		add(body, "_csrf", find(CSRF, form));
		add(body, "secret", find(SECRET, form));
		add(body, "name", "Ana");
		add(body, "contact", "IN_APP");
		add(body, "language", LANGUAGES.get(random.nextInt(LANGUAGES.size())));
		add(body, "near", NEAR.get(random.nextInt(NEAR.size())));
		add(body, "baby", "UNDER_6_WEEKS");
		add(body, "topics", "LATCH_AND_PAIN");
		add(body, "question", "It hurts when my baby latches. What can I try tonight?");
		add(body, "consent", "true");
		return body.toString();
	}

	private static String find(Pattern pattern, String page) {
		Matcher matcher = pattern.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("the form has no " + pattern);
		}
		return matcher.group(1);
	}

	private static void add(StringBuilder body, String name, String value) {
		body.append(body.isEmpty() ? "" : "&")
			.append(name)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
	}

	private void report(int seconds, int submitters, int warmup) {
		int n = this.samples.size();
		System.out.printf(
				"%d submitters, %d ms think time, %d s measured after %d s of warm-up: %d submissions, %.1f per second, "
						+ "%d errors%n",
				submitters, this.thinkMillis, seconds, warmup, n, n / (double) seconds, this.errors.get());
		String[] names = { "GET /help (form)", "POST /help + confirmation", "confirmation page GET" };
		for (int column = 0; column < names.length; column++) {
			final int c = column;
			long[] values = this.samples.stream().mapToLong(s -> s[c]).sorted().toArray();
			System.out.printf("%-27s p50 %7.1f ms  p90 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n", names[column],
					at(values, 0.50), at(values, 0.90), at(values, 0.99), at(values, 1.0));
		}
	}

	private static double at(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
		return Arrays.stream(sorted).skip(Math.max(0, index)).findFirst().orElse(0) / 1e6;
	}

}
