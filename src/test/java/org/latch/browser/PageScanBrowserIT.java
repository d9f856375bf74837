package org.latch.browser;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page a visitor can reach by following links from the home page, in each language,
 * and the signed-in pages of every demo account: served without error, in the chosen
 * language, accessible (no serious or critical axe-core violation) and valid HTML (Nu
 * Html Checker). All problems of a language or account are collected and reported
 * together.
 */
class PageScanBrowserIT {

	static final int MAX_PAGES = 30;

	static final String DEMO_PASSWORD = "latch-demo";

	static Browser browser;

	@RegisterExtension
	static final BrowserPerClass chromium = new BrowserPerClass(started -> browser = started);

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "en", "es", "pt-BR", "fr", "ht" })
	void everyPageReachableFromTheHomePageIsServedAccessibleValidAndInTheChosenLanguage(String tag) {
		Deque<String> queue = new ArrayDeque<>(List.of(browser.url("/?lang=" + tag)));
		Set<String> seen = new LinkedHashSet<>(List.of(browser.url("/")));
		List<String> scanned = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		while (!queue.isEmpty() && scanned.size() < MAX_PAGES) {
			String url = queue.poll();
			scanned.add(url);
			problems.addAll(scan(url, tag));
			for (String target : browser.linkTargets()) {
				String next = normalize(target, tag);
				if (next != null && seen.add(next)) {
					queue.add(next);
				}
			}
		}
		System.out.printf("Scanned %d pages in %s: %s%n", scanned.size(), tag, scanned);
		assertThat(scanned).as("pages reached from the home page in %s", tag)
			.contains(browser.url("/about"), browser.url("/sign-in"), browser.url("/sign-up"), browser.url("/find"),
					browser.url("/help"), browser.url("/impact"));
		assertNoProblems(problems, "pages reached from /?lang=" + tag);
	}

	@ParameterizedTest(name = "{0} in en and {1}")
	@CsvSource({ "family@example.org,es,false,false", "leader@example.org,ht,false,true",
			"area-admin@example.org,pt-BR,true,true", "org-admin@example.org,fr,true,true",
			"admin@example.org,es,true,true" })
	void theSignedInPagesOfEveryDemoAccountAreAccessibleValidAndTranslated(String email, String otherLanguage,
			boolean canInvite, boolean canManage) {
		browser.signInWithPassword(email, DEMO_PASSWORD);
		assertThat(browser.currentPath()).as("%s signs in with the demo password", email).isEqualTo("/account");
		List<String> problems = new ArrayList<>();
		for (String tag : List.of("en", otherLanguage)) {
			Texts texts = Texts.of(tag);
			problems.addAll(scan(browser.url("/account?lang=" + tag), tag));
			assertThat(browser.text("h1")).isEqualTo(texts.t("account.title"));
			assertThat(browser.find("main").getText()).contains(email);
			assertThat(browser.findAll("main a[href='/invitations/new']")).as("%s is offered to invite people", email)
				.hasSize(canInvite ? 1 : 0);
			assertThat(browser.findAll("main a[href='/manage']")).as("%s is offered to manage groups", email)
				.hasSize(canManage ? 1 : 0);
			if (!tag.equals("en")) {
				// the layout as signed in (account link and sign-out button in the
				// header)
				problems.addAll(scan(browser.url("/?lang=" + tag), tag));
				assertThat(browser.findAll("header form[action='/sign-out']"))
					.as("signed in, the header offers sign out")
					.hasSize(1);
			}
			if (canManage) {
				problems.addAll(scanManagement(tag, texts));
				if (email.startsWith("area-admin@")) {
					problems.addAll(scanKept(tag, "milk-places"));
					assertThat(browser.findAll("main select#bank")).as("the form offers the banks").hasSize(1);
					problems.addAll(scanKept(tag, "professionals"));
				}
			}
			else {
				assertThat(browser.fetch(browser.url("/manage?lang=" + tag)).statusCode())
					.as("%s may not open /manage", email)
					.isEqualTo(403);
			}
			if (canInvite) {
				problems.addAll(scan(browser.url("/invitations/new?lang=" + tag), tag));
				assertThat(browser.text("h1")).isEqualTo(texts.t("invitation.new.title"));
			}
			else {
				HttpResponse<String> forbidden = browser.fetch(browser.url("/invitations/new?lang=" + tag));
				assertThat(forbidden.statusCode()).as("%s may not open /invitations/new", email).isEqualTo(403);
			}
		}
		browser.clickAndWaitForPage(browser.find("header form[action='/sign-out'] button[type=submit]"));
		assertThat(browser.findAll("header form[action='/sign-out']")).as("signed out").isEmpty();
		assertNoProblems(problems, "signed-in pages of " + email);
	}

	/**
	 * Group pages of the demo network (an in-person group, an online group, a Brazilian
	 * group in Portuguese), once the time-zone script has told the server the browser's
	 * zone: the page then shows meetings in that zone and in the group's.
	 */
	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource({ "/groups/us-ma-boston,en", "/groups/us-online-es,es", "/groups/br-sp-vila-mariana,pt-BR" })
	void groupPagesAreAccessibleValidTranslatedAndInTheBrowsersTimeZone(String path, String tag) {
		browser.open(path + "?lang=" + tag);
		String zone = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone;");
		browser.waitUntil(driver -> zone.equals(browser.find("[data-time-zone]").getAttribute("data-time-zone")));
		List<String> problems = scan(browser.url(path), tag);
		assertThat(browser.findAll("main h1")).hasSize(1);
		assertThat(browser.findAll("ol.next-meetings li")).as("next meetings of %s", path).isNotEmpty();
		assertThat(browser.findAll("a[href$='.ics'][download]")).as("a calendar download").hasSize(1);
		assertNoProblems(problems, path + " in " + tag);
	}

	/**
	 * The management pages of the signed-in person: the list of their units, the first
	 * group's form, its first meeting and a new meeting, and the import page and the
	 * first unit profile where they administer.
	 */
	private static List<String> scanManagement(String tag, Texts texts) {
		List<String> problems = new ArrayList<>(scan(browser.url("/manage?lang=" + tag), tag));
		assertThat(browser.text("h1")).isEqualTo(texts.t("manage.title"));
		List<String> groups = hrefs("main a[href^='/manage/groups/']:not([href*='new'])");
		List<String> imports = hrefs("main a[href$='/import']");
		List<String> profiles = hrefs("main a[href^='/manage/units/']");
		assertThat(groups).as("the person looks after at least one group").isNotEmpty();
		problems.addAll(scan(groups.getFirst() + "?lang=" + tag, tag));
		List<String> meetings = hrefs("main a[href^='/manage/meetings/']");
		problems.addAll(scan(hrefs("main a[href$='/meetings/new']").getFirst() + "?lang=" + tag, tag));
		if (!meetings.isEmpty()) {
			problems.addAll(scan(meetings.getFirst() + "?lang=" + tag, tag));
		}
		if (!imports.isEmpty()) {
			problems.addAll(scan(imports.getFirst() + "?lang=" + tag, tag));
		}
		if (!profiles.isEmpty()) {
			problems.addAll(scan(profiles.getFirst() + "?lang=" + tag, tag));
		}
		return problems;
	}

	/**
	 * What the first unit on the management list (the area administrator's area) keeps at
	 * {@code /manage/<kept>} (milk places, health professionals): the list, the form of a
	 * new one, and the form of the first one, which is left open.
	 */
	private static List<String> scanKept(String tag, String kept) {
		browser.open(browser.url("/manage?lang=" + tag));
		List<String> lists = hrefs("main a[href^='/manage/" + kept + "?unit=']");
		assertThat(lists).as("the administrator is offered %s", kept).isNotEmpty();
		List<String> problems = new ArrayList<>(scan(lists.getFirst() + "&lang=" + tag, tag));
		List<String> entries = hrefs("main a[href^='/manage/" + kept + "/']:not([href*='new'])");
		assertThat(entries).as("the demo area keeps %s", kept).isNotEmpty();
		problems.addAll(scan(hrefs("main a[href^='/manage/" + kept + "/new']").getFirst() + "&lang=" + tag, tag));
		problems.addAll(scan(entries.getFirst() + "?lang=" + tag, tag));
		return problems;
	}

	private static List<String> hrefs(String css) {
		return browser.findAll(css).stream().map(link -> link.getDomAttribute("href")).map(browser::url).toList();
	}

	/**
	 * Opens a page and lists what is wrong with it: status, language, accessibility,
	 * HTML.
	 */
	private static List<String> scan(String url, String tag) {
		browser.open(url);
		List<String> problems = new ArrayList<>();
		HttpResponse<String> response = browser.fetch(url);
		if (response.statusCode() >= 400) {
			problems.add("HTTP " + response.statusCode());
		}
		String lang = browser.htmlLang();
		if (!tag.equals(lang)) {
			problems.add("<html lang=\"" + lang + "\"> instead of \"" + tag + "\"");
		}
		try {
			problems.addAll(browser.accessibilityProblems());
		}
		catch (RuntimeException axeFailed) {
			problems.add("axe-core could not run: " + axeFailed);
		}
		if (response.statusCode() < 300) {
			problems.addAll(Browser.htmlProblems(response.body()));
		}
		return problems.stream().map(p -> url + " [" + tag + "]: " + p).toList();
	}

	/**
	 * The page a link leads to, as a URL to crawl, or null to leave it: another origin,
	 * signing out, a calendar file, or another language. The current language's own
	 * {@code lang=} is dropped (the choice is remembered), and so is any fragment.
	 */
	/**
	 * The demo campaign's page (its sites listed and on the map, totals as progress bars)
	 * and its registration form, in English and Haitian Creole.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "en", "ht" })
	void theDemoCampaignPageAndItsRegistrationFormAreAccessibleValidAndTranslated(String tag) {
		String campaign = "/campaigns/" + org.latch.demo.DemoCampaign.DEMO_CAMPAIGN;
		List<String> problems = new ArrayList<>(scan(browser.url(campaign + "?lang=" + tag), tag));
		assertThat(browser.findAll("#campaign-sites li")).as("the demo sites").hasSizeGreaterThanOrEqualTo(5);
		assertThat(browser.findAll("progress#ounces-bar")).as("the ounces bar").hasSize(1);
		problems.addAll(scan(browser.url(campaign + "/register?lang=" + tag), tag));
		assertThat(browser.findAll("input[name=site]")).as("sites and the virtual stroll").hasSizeGreaterThan(5);
		assertNoProblems(problems, "the demo campaign in " + tag);
	}

	/**
	 * What the demo Stroll's organizer runs (the campaign form with its story in every
	 * language and its time zones by region, the teams and registrations, renaming a
	 * team, moving a registration) and the private page of the second person waiting, in
	 * English and French.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "en", "fr" })
	void theDemoCampaignsOrganizerPagesAndAWaitingPersonsPageAreAccessibleValidAndTranslated(String tag) {
		String campaign = "/campaigns/" + org.latch.demo.DemoCampaign.DEMO_CAMPAIGN;
		List<String> problems = new ArrayList<>(
				scan(browser.url(org.latch.demo.DemoCampaign.WAITING_PAGE + "?lang=" + tag), tag));
		assertThat(browser.find("main").getText()).contains("2");
		browser.signInWithPassword("org-admin@example.org", DEMO_PASSWORD);
		problems.addAll(scan(browser.url(campaign + "/edit?lang=" + tag), tag));
		assertThat(browser.findAll("select#zone optgroup")).as("zones by region").hasSizeGreaterThan(5);
		assertThat(browser.findAll("textarea[name^=story-]")).as("a story field per language").hasSize(5);
		problems.addAll(scan(browser.url(campaign + "/teams?lang=" + tag), tag));
		String rename = browser.find("main a[href$='/edit']").getAttribute("href");
		String move = browser.find("main a[href$='/move']").getAttribute("href");
		problems.addAll(scan(rename + (rename.contains("?") ? "&" : "?") + "lang=" + tag, tag));
		problems.addAll(scan(move + (move.contains("?") ? "&" : "?") + "lang=" + tag, tag));
		assertThat(browser.findAll("input[name=site]")).as("sites and the virtual stroll").hasSizeGreaterThan(5);
		browser.clickAndWaitForPage(browser.find("header form[action='/sign-out'] button[type=submit]"));
		assertNoProblems(problems, "the demo campaign's organizer pages in " + tag);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "en", "es", "pt-BR", "fr", "ht" })
	void theNotFoundPageIsAccessibleValidAndTranslated(String tag) {
		browser.open("/no-such-page?lang=" + tag);
		assertThat(browser.htmlLang()).isEqualTo(tag);
		assertThat(browser.text("h1")).isEqualTo(Texts.of(tag).t("error.404.title"));
		browser.checkAccessibilityAndHtml("the page-not-found page in " + tag, 404);
	}

	static String normalize(String href, String tag) {
		URI base = URI.create(browser.url("/"));
		URI uri;
		try {
			uri = URI.create(href);
		}
		catch (IllegalArgumentException odd) {
			return null;
		}
		if (!base.getScheme().equals(uri.getScheme()) || !base.getAuthority().equals(uri.getAuthority())) {
			return null;
		}
		String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
		if (path.equals("/sign-out") || path.endsWith(".ics")) {
			return null;
		}
		List<String> query = new ArrayList<>();
		if (uri.getRawQuery() != null) {
			for (String parameter : uri.getRawQuery().split("&")) {
				if (parameter.startsWith("lang=")) {
					if (!parameter.substring(5).equals(tag)) {
						return null;
					}
				}
				else if (!parameter.isEmpty()) {
					query.add(parameter);
				}
			}
		}
		return browser.url(path) + (query.isEmpty() ? "" : "?" + String.join("&", query));
	}

	private static void assertNoProblems(List<String> problems, String what) {
		assertThat(problems)
			.withFailMessage(
					() -> problems.size() + " problem(s) on the " + what + ":\n  - " + String.join("\n  - ", problems))
			.isEmpty();
	}

}
