package org.latch.browser;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import nu.validator.client.EmbeddedValidator;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless Chromium driven through the system's chromedriver (never Selenium
 * Manager), with helpers to open pages of the {@link BrowserTestServer}, add a virtual
 * passkey authenticator, and check the current page for accessibility (axe-core) and
 * valid HTML (Nu Html Checker).
 */
public final class Browser implements AutoCloseable {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	static final Duration WAIT = Duration.ofSeconds(15);

	private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ChromeDriver driver;

	private final Path profile;

	private final String baseUrl;

	public Browser() {
		this.baseUrl = BrowserTestServer.baseUrl();
		System.setProperty("SE_AVOID_BROWSER_DOWNLOAD", "true");
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
		try {
			this.profile = Files.createTempDirectory("latch-chromium-");
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1000", "--lang=en-US", "--user-data-dir=" + this.profile);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.withLogOutput(OutputStream.nullOutputStream())
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
	}

	public WebDriver driver() {
		return this.driver;
	}

	/**
	 * Opens a path of the application, e.g. {@code /sign-in?lang=fr}, and waits for it to
	 * load.
	 */
	public void open(String path) {
		this.driver.get(path.startsWith("http") ? path : this.baseUrl + path);
	}

	public String url(String path) {
		return this.baseUrl + path;
	}

	public String currentPath() {
		return URI.create(this.driver.getCurrentUrl()).getPath();
	}

	public WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	public List<WebElement> findAll(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	public String text(String css) {
		return find(css).getText();
	}

	public String htmlLang() {
		return find("html").getDomAttribute("lang");
	}

	public <T> T waitUntil(Function<WebDriver, T> condition) {
		return new WebDriverWait(this.driver, WAIT).until(condition);
	}

	/**
	 * Clicks something that leads to another page and waits until that page has loaded.
	 */
	public void clickAndWaitForPage(WebElement element) {
		markPage();
		element.click();
		waitForNewPage();
	}

	/**
	 * Marks the current document, so {@link #waitForNewPage()} can tell when another one
	 * has replaced it (more robust than element staleness, which Chromium sometimes
	 * reports as an inspector error).
	 */
	public void markPage() {
		((JavascriptExecutor) this.driver).executeScript("window.latchOldPage = true;");
	}

	public void waitForNewPage() {
		waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
			.executeScript("return window.latchOldPage === undefined && document.readyState === 'complete';")));
	}

	public void waitForLoad() {
		waitUntil(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	public void type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Forgets every cookie of the application (session, language, terminology): a new
	 * visitor.
	 */
	public void forgetCookies() {
		if (!this.driver.getCurrentUrl().startsWith(this.baseUrl)) {
			open("/robots.txt");
		}
		this.driver.manage().deleteAllCookies();
	}

	/**
	 * Signs in with email and password on /sign-in and waits for the page it leads to.
	 */
	public void signInWithPassword(String email, String password) {
		open("/sign-in");
		type("#email", email);
		type("#password", password);
		clickAndWaitForPage(find("main form[action='/sign-in'] button[type=submit]"));
	}

	@SuppressWarnings("unchecked")
	public List<String> linkTargets() {
		return (List<String>) this.driver
			.executeScript("return Array.from(document.querySelectorAll('a[href]'), a => a.href)");
	}

	/**
	 * Gives the browser a platform authenticator (like a phone's screen lock) holding
	 * discoverable credentials and verifying its user, so WebAuthn calls succeed without
	 * a person.
	 */
	public VirtualAuthenticator addVirtualAuthenticator() {
		VirtualAuthenticatorOptions options = new VirtualAuthenticatorOptions()
			.setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
			.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
			.setHasResidentKey(true)
			.setHasUserVerification(true)
			.setIsUserVerified(true);
		return ((HasVirtualAuthenticator) this.driver).addVirtualAuthenticator(options);
	}

	/**
	 * The raw HTML of a page as the server sends it to this browser (same cookies, same
	 * languages).
	 */
	public HttpResponse<String> fetch(String url) {
		String cookies = this.driver.manage()
			.getCookies()
			.stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(20))
			.header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
			.header("Accept-Language", acceptLanguage())
			.GET();
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException failure) {
			throw new UncheckedIOException("Could not fetch " + url, failure);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

	/**
	 * Fails, naming every problem, when axe-core finds a serious or critical
	 * accessibility violation on the current page, or the Nu Html Checker finds an error
	 * in its HTML as served.
	 */
	public void checkAccessibilityAndHtml(String what) {
		checkAccessibilityAndHtml(what, 200);
	}

	/**
	 * The same for a page expected to answer with another status, such as an error page.
	 */
	public void checkAccessibilityAndHtml(String what, int expectedStatus) {
		List<String> problems = new ArrayList<>(accessibilityProblems());
		problems.addAll(htmlProblems(expectedStatus));
		String url = this.driver.getCurrentUrl();
		assertThat(problems)
			.withFailMessage(() -> problems.size() + " accessibility/HTML problem(s) on " + what + " (" + url
					+ "):\n  - " + String.join("\n  - ", problems))
			.isEmpty();
	}

	/**
	 * The same checks for a page that answers a form sent with errors: it cannot be
	 * fetched again for the HTML checker, which checks the page as the browser holds it.
	 */
	public void checkPageAsHeld(String what) {
		assertThat(accessibilityProblems()).as("accessibility of " + what).isEmpty();
		assertThat(htmlProblems("<!DOCTYPE html>" + this.driver.getPageSource())).as("HTML of " + what).isEmpty();
	}

	/**
	 * Serious and critical axe-core violations on the current page, one line per element.
	 */
	public List<String> accessibilityProblems() {
		Results results = new AxeBuilder().analyze(this.driver);
		List<String> problems = new ArrayList<>();
		if (results.isErrored()) {
			problems.add("axe-core did not run: " + results.getErrorMessage());
		}
		for (Rule rule : results.getViolations()) {
			if (!FAILING_IMPACTS.contains(rule.getImpact())) {
				continue;
			}
			for (CheckedNode node : rule.getNodes()) {
				problems.add("axe " + rule.getImpact() + " [" + rule.getId() + "] " + rule.getHelp() + " — target "
						+ node.getTarget() + " — " + node.getHtml() + " — "
						+ String.valueOf(node.getFailureSummary()).replace('\n', ' '));
			}
		}
		return problems;
	}

	private List<String> htmlProblems(int expectedStatus) {
		String url = this.driver.getCurrentUrl();
		HttpResponse<String> response = fetch(url);
		if (response.statusCode() != expectedStatus) {
			return List.of("HTML check: " + url + " answered " + response.statusCode() + " when fetched again");
		}
		return htmlProblems(response.body());
	}

	/** Nu Html Checker errors (and reasons it could not check) in a page's HTML. */
	public static List<String> htmlProblems(String html) {
		List<String> problems = new ArrayList<>();
		List<JsonNode> messages;
		try {
			messages = HtmlChecker.check(html);
		}
		catch (LinkageError | IllegalStateException broken) {
			// Not a skip: the check fails, naming why the checker could not run.
			StringBuilder why = new StringBuilder(broken.toString());
			for (Throwable cause = broken.getCause(); cause != null; cause = cause.getCause()) {
				why.append(" <- caused by ").append(cause);
			}
			problems.add("html check could not run: " + why);
			return problems;
		}
		for (JsonNode message : messages) {
			String type = message.path("type").asString("");
			if ("error".equals(type) || "non-document-error".equals(type)) {
				problems.add("html " + type + " line " + message.path("lastLine").asInt(0) + " col "
						+ message.path("firstColumn").asInt(0) + ": " + message.path("message").asString("") + " — «"
						+ message.path("extract").asString("").replace("\n", "⏎") + "»");
			}
		}
		return problems;
	}

	@SuppressWarnings("unchecked")
	private String acceptLanguage() {
		List<String> languages = (List<String>) this.driver.executeScript("return navigator.languages");
		if (languages == null || languages.isEmpty()) {
			return "en-US,en;q=0.9";
		}
		StringBuilder header = new StringBuilder(languages.get(0));
		for (int i = 1; i < languages.size(); i++) {
			header.append(',')
				.append(languages.get(i))
				.append(";q=")
				.append(String.format("%.1f", Math.max(0.1, 1 - i * 0.1)));
		}
		return header.toString();
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
			catch (IOException | UncheckedIOException ignored) {
				// Chromium may still hold files for a moment; the directory is temporary
				// anyway
			}
		}
	}

	/**
	 * The Nu Html Checker, embedded: one instance for the JVM, as it loads its schemas
	 * once.
	 */
	static final class HtmlChecker {

		private static final EmbeddedValidator VALIDATOR = create();

		private static EmbeddedValidator create() {
			EmbeddedValidator validator = new EmbeddedValidator();
			validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
			return validator;
		}

		static synchronized List<JsonNode> check(String html) {
			String output;
			try {
				output = VALIDATOR.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
			}
			catch (IOException | org.xml.sax.SAXException failure) {
				throw new IllegalStateException("The Nu Html Checker could not check the page", failure);
			}
			List<JsonNode> messages = new ArrayList<>();
			JSON.readTree(output).path("messages").forEach(messages::add);
			return messages;
		}

	}

}
