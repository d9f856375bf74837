package org.latch.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor changes the language with the links in the footer and the words for feeding
 * with the footer form, and both choices stay as they move around, without an account or
 * JavaScript.
 */
class LanguageSwitchBrowserIT {

	static Browser browser;

	@RegisterExtension
	static final BrowserPerClass chromium = new BrowserPerClass(started -> browser = started);

	@Test
	void theFooterLanguageLinksSwitchTheWholePageAndTheChoiceIsRemembered() {
		browser.open("/");
		Texts english = Texts.of("en");
		assertThat(browser.htmlLang()).isEqualTo("en");
		String englishHeading = browser.text("h1");
		assertThat(englishHeading).isEqualTo(english.t("home.title"));
		String englishNav = browser.text("header nav");

		for (String tag : new String[] { "es", "pt-BR", "fr", "ht" }) {
			Texts texts = Texts.of(tag);
			WebElement link = languageLink(tag);
			assertThat(link.getDomAttribute("lang")).as("the link names its language in that language").isEqualTo(tag);
			browser.clickAndWaitForPage(link);

			assertThat(browser.htmlLang()).as("<html lang> after choosing %s", tag).isEqualTo(tag);
			assertThat(browser.text("h1")).as("heading in %s", tag)
				.isEqualTo(texts.t("home.title"))
				.isNotEqualTo(englishHeading);
			assertThat(browser.text("header nav")).as("header navigation in %s", tag).isNotEqualTo(englishNav);
			assertThat(browser.find("header a[href='/about']").getText()).isEqualTo(texts.t("nav.about"));
			assertThat(languageLink(tag).getDomAttribute("aria-current")).as("the chosen language is marked")
				.isEqualTo("true");
			assertThat(languageLink("en").getDomAttribute("aria-current")).isNull();
		}

		// The last choice (Haitian Creole) stays when following the header link to
		// /about.
		Texts creole = Texts.of("ht");
		browser.clickAndWaitForPage(browser.find("header a[href='/about']"));
		assertThat(browser.currentPath()).isEqualTo("/about");
		assertThat(browser.driver().getCurrentUrl()).doesNotContain("lang=");
		assertThat(browser.htmlLang()).isEqualTo("ht");
		assertThat(browser.text("h1")).isEqualTo(creole.t("about.title")).isNotEqualTo(english.t("about.title"));
		assertThat(browser.find("header a[href='/about']").getDomAttribute("aria-current")).isEqualTo("page");

		// Back home with the brand link, still in Haitian Creole.
		browser.clickAndWaitForPage(browser.find("header a.brand"));
		assertThat(browser.currentPath()).isEqualTo("/");
		assertThat(browser.htmlLang()).isEqualTo("ht");
		assertThat(browser.text("h1")).isEqualTo(creole.t("home.title"));
	}

	@Test
	void theTerminologyFormChangesTheWordsForFeedingAndTheChoiceIsRemembered() {
		Texts english = Texts.of("en");
		String breastfeeding = english.t("home.tagline", english.t("terminology.breastfeeding.noun"));
		String chestfeeding = english.t("home.tagline", english.t("terminology.chestfeeding.noun"));
		browser.open("/?lang=en");
		assertThat(browser.text(".tagline")).isEqualTo(breastfeeding);
		Select feeding = new Select(browser.find("#feeding"));
		assertThat(feeding.getFirstSelectedOption().getDomAttribute("value")).isEqualTo("breastfeeding");
		assertThat(browser.find("label[for='feeding']").getText()).isEqualTo(english.t("layout.terminology.label"));

		feeding.selectByValue("chestfeeding");
		browser.clickAndWaitForPage(browser.find("footer form.terminology-form button[type=submit]"));

		assertThat(browser.currentPath()).isEqualTo("/");
		assertThat(browser.text(".tagline")).isEqualTo(chestfeeding).isNotEqualTo(breastfeeding);
		assertThat(new Select(browser.find("#feeding")).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo("chestfeeding");

		// Remembered on other pages and in another language.
		browser.clickAndWaitForPage(browser.find("header a[href='/about']"));
		assertThat(new Select(browser.find("#feeding")).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo("chestfeeding");
		browser.clickAndWaitForPage(languageLink("fr"));
		browser.clickAndWaitForPage(browser.find("header a.brand"));
		Texts french = Texts.of("fr");
		assertThat(browser.htmlLang()).isEqualTo("fr");
		assertThat(browser.text(".tagline"))
			.isEqualTo(french.t("home.tagline", french.t("terminology.chestfeeding.noun")));
	}

	private static WebElement languageLink(String tag) {
		return browser.find("footer nav a[hreflang='" + tag + "']");
	}

}
