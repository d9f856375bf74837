package org.latch.browser;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WHO Code register tried in real Chromium on the demo network: a visitor reads the
 * register and the published summaries and reports a violation with a photo in Haitian
 * Creole; a partner enters a sponsor in Portuguese; an administrator approves it and
 * publishes the report's summary. Every page passes axe and the HTML checker, the forms
 * with their errors too.
 */
class CodeRegisterBrowserIT {

	static Browser browser;

	@RegisterExtension
	static final BrowserPerClass chromium = new BrowserPerClass(started -> browser = started);

	@Test
	void aVisitorReportsAViolationAPartnerEntersASponsorAndAnAdministratorDecides() throws IOException {
		browser.open("/partners?lang=fr");
		browser.clickAndWaitForPage(browser.find("main a[href='/partners/code/sponsors']"));
		assertThat(browser.text("main")).contains("Cuddle & Carry Slings").doesNotContain("NutriStart");
		browser.checkAccessibilityAndHtml("the register in French");
		browser.open("/partners/code/violations?lang=es");
		assertThat(browser.text("main")).contains("NutriStart", "BabyBest");
		browser.checkAccessibilityAndHtml("the published summaries in Spanish");

		Texts creole = Texts.of("ht");
		browser.open("/partners/code/report?lang=ht");
		browser.checkAccessibilityAndHtml("the report form in Haitian Creole");
		browser.clickAndWaitForPage(browser.find("main form button[type=submit]"));
		assertThat(browser.text(".error-summary")).contains(creole.t("validation.code.consent"));
		browser.checkPageAsHeld("the report form with its errors in Haitian Creole");
		browser.type("#place", "Famasi sou Lalue, Pòtoprens");
		new Select(browser.find("#country")).selectByValue("HT");
		((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
				browser.find("#observedOn"), LocalDate.now().minusDays(3).toString());
		browser.type("#company", "Browser Formula Co");
		new Select(browser.find("#productKind")).selectByValue("INFANT_FORMULA");
		browser.find("#article-SAMPLES").click();
		browser.type("#description", "Yo bay manman yo echantiyon fòmil gratis devan famasi a.");
		browser.find("#photo").sendKeys(photo().toString());
		browser.find("#consent").click();
		browser.clickAndWaitForPage(browser.find("main form button[type=submit]"));
		assertThat(browser.text("h1")).isEqualTo(creole.t("code.report.sent.title"));
		browser.checkPageAsHeld("the report's confirmation in Haitian Creole");

		Texts portuguese = Texts.of("pt-BR");
		browser.signInWithPassword("partner@example.org", PageScanBrowserIT.DEMO_PASSWORD);
		browser.open("/partners/code/submissions?lang=pt-BR");
		assertThat(browser.text("main")).contains("Little Sprout Organics");
		browser.checkAccessibilityAndHtml("a person's register entries in Portuguese");
		browser.clickAndWaitForPage(browser.find("main a[href='/partners/code/submissions/new']"));
		browser.checkAccessibilityAndHtml("the register form in Portuguese");
		browser.clickAndWaitForPage(browser.find("main form button[type=submit]"));
		assertThat(browser.text(".error-summary")).contains(portuguese.t("validation.code.attest"));
		browser.checkPageAsHeld("the register form with its errors in Portuguese");
		browser.type("#name", "Sling Carioca");
		new Select(browser.find("#country")).selectByValue("BR");
		browser.find("#role-EXHIBITOR").click();
		browser.find("#product-BABY_CARRIERS").click();
		browser.type("#description", "Slings de argola feitos no Rio de Janeiro.");
		browser.find("#affiliated-no").click();
		browser.type("#signer", "Beatriz Lima");
		browser.type("#title", "Sócia");
		browser.type("#email", "beatriz@slingcarioca.example.org");
		browser.find("#attest").click();
		browser.clickAndWaitForPage(browser.find("main form button[type=submit]"));
		assertThat(browser.text("main")).contains(portuguese.t("code.state.WAITING"));
		browser.checkAccessibilityAndHtml("an entry waiting for review in Portuguese");

		browser.forgetCookies();
		browser.signInWithPassword("admin@example.org", PageScanBrowserIT.DEMO_PASSWORD);
		browser.open("/partners/code/review?lang=ht");
		browser.checkAccessibilityAndHtml("the register's review page in Haitian Creole");
		browser.clickAndWaitForPage(browser.driver().findElement(By.linkText("Sling Carioca")));
		browser.checkAccessibilityAndHtml("an entry for review in Haitian Creole");
		browser.clickAndWaitForPage(browser.find("main form[action$='/reject'] button[type=submit]"));
		assertThat(browser.text(".error-summary")).contains(creole.t("code.review.problem.NOTE_NEEDED"));
		browser.checkPageAsHeld("an entry for review with an error in Haitian Creole");
		browser.clickAndWaitForPage(browser.find("main form[action$='/approve'] button[type=submit]"));
		browser.open("/partners/code/sponsors?lang=ht");
		assertThat(browser.text("main")).contains("Sling Carioca");

		browser.open("/partners/code/review?lang=en");
		browser.clickAndWaitForPage(browser.find("main a[href^='/partners/code/review/reports/']"));
		browser.checkAccessibilityAndHtml("a report for moderation");
		browser.open("/partners/code/review?lang=en");
		browser.driver()
			.findElements(By.cssSelector("main a[href^='/partners/code/review/reports/']"))
			.stream()
			.filter(link -> link.findElement(By.xpath("..")).getText().contains("Browser Formula Co"))
			.findFirst()
			.ifPresentOrElse(browser::clickAndWaitForPage, () -> {
				throw new AssertionError("the report just sent waits for moderation");
			});
		assertThat(browser.find("main img.report-photo").getDomProperty("naturalWidth")).isEqualTo("64");
		browser.find("#text").sendKeys("Free formula samples handed out in front of a pharmacy.");
		browser.clickAndWaitForPage(browser.find("#summary-form button[type=submit]"));
		browser.open("/partners/code/violations?lang=en&country=HT");
		assertThat(browser.text("main")).contains("Browser Formula Co",
				"Free formula samples handed out in front of a pharmacy.");
		browser.checkAccessibilityAndHtml("the summaries of Haiti");
	}

	/** A picture taken by a phone, as a reporter attaches it. */
	private static Path photo() throws IOException {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		image.setRGB(10, 10, 0x3366CC);
		Path file = Files.createTempFile("IMG_", ".jpg");
		ImageIO.write(image, "jpg", file.toFile());
		return file;
	}

}
