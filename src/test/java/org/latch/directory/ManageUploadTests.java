package org.latch.directory;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.account.AccountManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import as a browser sends it to the real server: a multipart form carrying its CSRF
 * token, checked, confirmed and saved; a file above the upload limit gets the translated
 * error page.
 */
@LatchWebTest
class ManageUploadTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern CONFIRMABLE = Pattern.compile("name=\"confirmed\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MessageSource messages;

	final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void anUploadedFileIsCheckedThenSavedAndAnOversizedOneIsExplained() throws Exception {
		ManageFixtures net = new ManageFixtures(this.directory, this.accounts);
		String signIn = get("/sign-in").body();
		HttpResponse<String> signedIn = post("/sign-in",
				"email=" + URLEncoder.encode(net.adminA, StandardCharsets.UTF_8)
						+ "&password=manage-test-password&_csrf=" + token(signIn));
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/account"));
		String importPage = "/manage/" + net.areaA + "/import";
		String csv = get("/manage/" + net.areaA + "/groups.csv").body()
			.replace("Hillside Circle", "Hillside Morning Circle");

		HttpResponse<String> report = multipart(importPage,
				Map.of("_csrf", token(get(importPage).body()), "kind", "groups"), csv.getBytes(StandardCharsets.UTF_8));
		assertThat(report.statusCode()).isEqualTo(200);
		Matcher confirmable = CONFIRMABLE.matcher(report.body());
		assertThat(confirmable.find()).isTrue();
		assertThat(this.directory.find(net.groupA2).orElseThrow().name()).isEqualTo("Hillside Circle");
		HttpResponse<String> saved = multipart(importPage,
				Map.of("_csrf", token(report.body()), "kind", "groups", "confirmed", confirmable.group(1)), null);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.directory.find(net.groupA2).orElseThrow().name()).isEqualTo("Hillside Morning Circle");

		HttpResponse<String> tooLarge = multipart(importPage,
				Map.of("_csrf", token(get(importPage).body()), "kind", "groups"),
				"x".repeat(6_000_000).getBytes(StandardCharsets.UTF_8));
		assertThat(tooLarge.statusCode()).isEqualTo(200);
		assertThat(tooLarge.body()).contains(Html.text(this.messages, "manage.import.too-large", "en", 5))
			.doesNotContain("name=\"confirmed\"");
		HttpResponse<String> aboveUploads = multipart(importPage,
				Map.of("_csrf", token(get(importPage).body()), "kind", "groups"),
				"x".repeat(12_000_000).getBytes(StandardCharsets.UTF_8));
		assertThat(aboveUploads.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith(importPage + "?problem=too-large"));
		assertThat(get(importPage + "?problem=too-large").body())
			.contains(Html.text(this.messages, "manage.import.too-large", "en", 5));
		assertThat(this.directory.find(net.groupA2).orElseThrow().name()).isEqualTo("Hillside Morning Circle");
	}

	private static String token(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("the page has a CSRF token").isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String form) throws Exception {
		return this.client.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> multipart(String path, Map<String, String> fields, byte[] file) throws Exception {
		String boundary = "----latch" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : new LinkedHashMap<>(fields).entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\n\r\n" + field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		if (file != null) {
			body.writeBytes(("--" + boundary
					+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"groups.csv\"\r\nContent-Type: text/csv\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.client.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
