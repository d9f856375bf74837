package org.latch.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An Org Admin uploads a groups file with broken rows in real Chromium: the report lists
 * each rejected row with its column, the value found and the reason in the admin's
 * language; a corrected file is ready to save. Both pages pass axe and the HTML checker
 * (on the page as shown, since a report is the answer to a POST).
 */
class CsvImportBrowserIT {

	static Browser browser;

	@RegisterExtension
	static final BrowserPerClass chromium = new BrowserPerClass(started -> browser = started);

	@Test
	void theReportOfABrokenFileListsEachRejectedRowAccessibly() throws IOException {
		browser.signInWithPassword("org-admin@example.org", "latch-demo");
		browser.open("/manage?lang=ht");
		String importPage = browser.find("main a[href$='/import']").getDomAttribute("href");
		String export = browser.fetch(browser.url(importPage.replace("/import", "/groups.csv"))).body();
		List<String> header = List.of(export.substring(0, export.indexOf("\r\n")).split(","));
		List<String> rows = new ArrayList<>(List.of(String.join(",", header)));
		rows.add(row(header, "Quincy Circle", "91.5"));
		rows.add(row(header, "\"=HYPERLINK(\"\"https://evil.example\"\")\"", "42.25"));
		String shortRow = row(header, "Braintree Circle", "42.22");
		rows.add(shortRow.substring(0, shortRow.lastIndexOf(',')));
		Path broken = Files.writeString(Files.createTempFile("groups-broken", ".csv"),
				String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8);
		Path clean = Files.writeString(Files.createTempFile("groups", ".csv"),
				String.join("\r\n", rows.getFirst(), row(header, "Quincy Circle", "42.25")) + "\r\n",
				StandardCharsets.UTF_8);
		Texts creole = Texts.of("ht");

		browser.open(importPage + "?lang=ht");
		browser.type("#file", broken.toString());
		browser.clickAndWaitForPage(browser.find("#file ~ button[type=submit]"));
		assertThat(browser.text("#report-heading")).isEqualTo(creole.t("manage.import.problems", 3));
		assertThat(browser.findAll(".import-report tbody tr")).extracting(row -> row.getText().replaceAll("\\s+", " "))
			.containsExactly("2 latitude 91.5 " + creole.t("manage.validation.coordinates"),
					"3 name =HYPERLINK(\"https://evil.example\") " + creole.t("manage.import.formula"),
					"4 " + creole.t("manage.import.cells"));
		assertThat(browser.findAll("input[name=confirmed]")).as("nothing to save").isEmpty();
		check("the report of a broken file");

		browser.type("#file", clean.toString());
		browser.clickAndWaitForPage(browser.find("#file ~ button[type=submit]"));
		assertThat(browser.text("#ready-heading")).isEqualTo(creole.t("manage.import.ready"));
		assertThat(browser.text("#ready-heading + p")).isEqualTo(creole.t("manage.import.counts", 1, 0));
		check("a file ready to save");
	}

	/**
	 * A new group in Massachusetts with the given name and latitude, other cells empty.
	 */
	private static String row(List<String> header, String name, String latitude) {
		List<String> cells = new ArrayList<>();
		for (String column : header) {
			cells.add(switch (column) {
				case "parent" -> "us-ma";
				case "name" -> name;
				case "country" -> "US";
				case "region" -> "MA";
				case "city" -> "Quincy";
				case "latitude" -> latitude;
				case "longitude" -> "-71.0";
				case "online" -> "false";
				case "languages" -> "en";
				default -> "";
			});
		}
		return String.join(",", cells);
	}

	private static void check(String what) {
		List<String> problems = new ArrayList<>(browser.accessibilityProblems());
		problems.addAll(Browser.htmlProblems("<!DOCTYPE html>\n" + browser.driver().getPageSource()));
		assertThat(problems).as(what).isEmpty();
	}

}
