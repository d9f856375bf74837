package org.latch.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.latch.demo.DemoCampaign;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The money side of the demo Stroll in real Chromium: the leaderboard, a walker's page
 * with its progress bars and honor roll, the give form (empty, then sent with mistakes),
 * and the organizer's funding set-up and gift list. Every page passes axe and the HTML
 * checker.
 */
class FundraisingBrowserIT {

	static final String CAMPAIGN = "/campaigns/" + DemoCampaign.DEMO_CAMPAIGN;

	static Browser browser;

	@RegisterExtension
	static final BrowserPerClass chromium = new BrowserPerClass(started -> browser = started);

	@Test
	void aFriendFindsAWalkersPageAndTheGiveFormExplainsMistakesAccessibly() {
		Texts spanish = Texts.of("es");
		browser.forgetCookies();
		browser.open(CAMPAIGN + "/fundraisers?lang=es");
		assertThat(browser.text("h1")).isEqualTo(spanish.t("fund.board.title"));
		browser.checkAccessibilityAndHtml("the Stroll's leaderboard in Spanish");
		browser.clickAndWaitForPage(browser.driver().findElement(By.linkText("Keisha walks for NICU babies")));
		assertThat(browser.find("main").getText()).contains("Tova O.", "So proud of you!");
		assertThat(browser.findAll("progress")).hasSize(2);
		browser.checkAccessibilityAndHtml("a walker's page in Spanish");
		browser.clickAndWaitForPage(browser.find("main a[role=button][href$='/give']"));
		browser.checkAccessibilityAndHtml("the give form in Spanish");
		browser.type("#amount", "0,5");
		browser.clickAndWaitForPage(browser.find("main form button[type=submit]"));
		assertThat(browser.find("#amount-error").getText()).isEqualTo(spanish.t("fund.error.amount"));
		assertThat(browser.find("#name-error").getText()).isEqualTo(spanish.t("fund.error.required"));
		browser.checkPageAsHeld("the give form with mistakes, in Spanish");
	}

	@Test
	void theOrganizerSetsUpFundingAndSeesEveryGiftAccessibly() {
		browser.forgetCookies();
		browser.signInWithPassword("org-admin@example.org", PageScanBrowserIT.DEMO_PASSWORD);
		browser.open(CAMPAIGN + "/funding?lang=fr");
		assertThat(browser.find("#b0-legal").getAttribute("value")).isEqualTo("Demo Milk Bank of New England, Inc.");
		browser.checkAccessibilityAndHtml("the funding set-up in French");
		browser.open(CAMPAIGN + "/funding/gifts?lang=ht");
		assertThat(browser.find("main").getText()).contains("CHK-1042", "Grace Community Church");
		browser.checkAccessibilityAndHtml("the gifts and the offline gift form in Haitian Creole");
		browser.open(CAMPAIGN + "/funding/fees?lang=pt-BR");
		assertThat(browser.find("main").getText()).contains("Dana Cohen", "Rosa Méndez");
		browser.checkAccessibilityAndHtml("the registration fees in Portuguese");
		browser.type("#reference", "R-NOPE99");
		browser.clickAndWaitForPage(browser.find("main form[aria-labelledby=cash-title] button[type=submit]"));
		assertThat(browser.find("#reference-error").getText())
			.isEqualTo(Texts.of("pt-BR").t("fund.fee.error.reference"));
		browser.checkPageAsHeld("the fee form with a wrong reference, in Portuguese");
		browser.forgetCookies();
	}

}
