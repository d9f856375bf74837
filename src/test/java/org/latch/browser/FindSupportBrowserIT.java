package org.latch.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parent looks for support near Boston in real Chromium: place suggestions appear while
 * typing, the results list groups nearest first with a map of the same groups, milk banks
 * nearby, and the filters narrow the list; every page passes axe and the HTML checker.
 */
class FindSupportBrowserIT {

	static Browser browser;

	@RegisterExtension
	static final BrowserPerClass chromium = new BrowserPerClass(started -> browser = started);

	@Test
	void aParentFindsAGroupNearBostonOnAListAndAMap() {
		Texts english = Texts.of("en");
		browser.open("/find?lang=en");

		browser.type("#near", "Bosto");
		browser.waitUntil(driver -> !driver.findElements(By.cssSelector("#near-places option")).isEmpty());
		List<String> suggested = browser.findAll("#near-places option")
			.stream()
			.map(option -> option.getDomAttribute("value"))
			.toList();
		assertThat(suggested).contains("Boston, MA");

		browser.find("#near").clear();
		browser.type("#near", "Boston, MA");
		new Select(browser.find("#radius")).selectByValue("25");
		browser.clickAndWaitForPage(browser.find("form.find-form button[type=submit]"));

		List<WebElement> groups = browser.findAll("#in-person-groups > li");
		assertThat(groups).isNotEmpty();
		assertThat(groups.getFirst().getText()).contains("Boston Mattapan Breastfeeding Circle")
			.contains(english.t("find.distance.mi", "5.8"));
		assertThat(groups.getFirst().findElement(By.tagName("a")).getDomAttribute("href"))
			.isEqualTo("/groups/us-ma-boston");
		browser.waitUntil(
				driver -> driver.findElement(By.cssSelector(".find-map-figure")).getDomAttribute("hidden") == null);
		assertThat(browser.findAll("#find-map .leaflet-marker-icon")).as("one marker per group in the list")
			.hasSize(groups.size());
		assertThat(browser.text("#milk-heading")).isEqualTo(english.t("find.milk.heading"));
		assertThat(browser.text(".milk-places")).contains("Demo Milk Bank of New England");
		assertThat(browser.text("#professionals-heading")).isEqualTo(english.t("find.professionals.heading"));
		assertThat(browser.text(".professionals")).contains("Nadège Pierre-Louis", english.t("professional.kind.ibclc"),
				english.t("find.professionals.iblce", "40712345"));
		browser.checkAccessibilityAndHtml("find results with map");

		// Only groups meeting on Saturdays
		browser.find("details.find-filters summary").click();
		browser.find("#day-saturday").click();
		browser.clickAndWaitForPage(browser.find("form.find-form button[type=submit]"));
		assertThat(browser.driver().getCurrentUrl()).contains("day=saturday");
		assertThat(browser.find("#day-saturday").isSelected()).isTrue();
		assertThat(browser.findAll("#in-person-groups > li").size()).isLessThanOrEqualTo(groups.size());
		browser.checkAccessibilityAndHtml("find results filtered by day");
	}

	@Test
	void aPlaceThatIsNotFoundOffersPlacesToChooseFrom() {
		Texts spanish = Texts.of("es");
		browser.open("/find?lang=es&near=Portlan");

		assertThat(browser.text("#near-error")).isEqualTo(spanish.t("find.near.not-found"));
		WebElement choice = browser.find("ul[aria-labelledby='did-you-mean'] a");
		browser.clickAndWaitForPage(choice);

		assertThat(browser.find("#near").getDomProperty("value")).startsWith("Portland, ");
		assertThat(browser.findAll("#near-error")).isEmpty();
		browser.checkAccessibilityAndHtml("find after choosing a suggested place", 200);
	}

}
