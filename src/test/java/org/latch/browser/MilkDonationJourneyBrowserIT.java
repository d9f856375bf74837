package org.latch.browser;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.latch.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The milk donation journey of issue 6 in real Chromium on the demo network: a parent
 * writing in Portuguese near Boston offers her milk, the Demo Milk Bank of New England's
 * staff screen and approve her, and she sees where to take her milk. Every page passes
 * axe and the HTML checker.
 */
class MilkDonationJourneyBrowserIT {

	static Browser browser;

	@RegisterExtension
	static final BrowserPerClass chromium = new BrowserPerClass(started -> browser = started);

	@Test
	void aParentWritingInPortugueseIsApprovedByTheNewEnglandMilkBankAndSeesTheDepots() {
		Texts portuguese = Texts.of("pt-BR");
		String donor = "mariana-" + UUID.randomUUID() + "@donors.example.org";
		browser.forgetCookies();
		browser.open("/milk-donation?lang=pt-BR");
		browser.checkAccessibilityAndHtml("the milk donation page in Portuguese");
		browser.type("#name", "Mariana");
		browser.type("#email", donor);
		new Select(browser.find("#language")).selectByValue("pt-BR");
		browser.type("#near", "02458");
		new Select(browser.find("#baby")).selectByValue("UNDER_6_MONTHS");
		for (String answer : new String[] { "GOOD_HEALTH-YES", "NICOTINE_OR_CANNABIS-NO", "REGULAR_MEDICATIONS-NO",
				"TRANSFUSION_OR_TRANSPLANT-NO", "TATTOO-NO", "MILK_TO_SPARE-YES", "BLOOD_TEST-YES" }) {
			browser.find("#q-" + answer).click();
		}
		browser.find("#consent").click();
		browser.clickAndWaitForPage(browser.find("main form[action='/milk-donation'] button[type=submit]"));
		assertThat(browser.text("h1")).isEqualTo(portuguese.t("milk.donor.sent", "Demo Milk Bank of New England"));
		browser.checkAccessibilityAndHtml("the donor's private page in Portuguese");
		String reference = browser.find("main").getText().replaceAll("(?s).*(M-[A-Z0-9]{6}).*", "$1");
		String link = TestMailServer.linkIn(TestMailServer.awaitMailTo(donor, Duration.ofSeconds(15)),
				"/milk-donation/d/");

		browser.forgetCookies();
		browser.signInWithPassword("milkbank@example.org", PageScanBrowserIT.DEMO_PASSWORD);
		browser.open("/milk-bank");
		browser.checkAccessibilityAndHtml("the milk bank's queue");
		browser.clickAndWaitForPage(browser.driver().findElement(By.linkText(reference)));
		assertThat(browser.find("main").getText()).contains("Mariana", donor);
		browser.checkAccessibilityAndHtml("a donor's file");
		for (String step : new String[] { "PHONE_INTERVIEW", "QUESTIONNAIRE", "BLOOD_TEST_ORDERED", "BLOOD_TEST_RESULT",
				"DONOR_PROVIDER", "BABY_PROVIDER", "APPROVED" }) {
			browser.find("#kind-" + step).click();
			if (step.equals("BLOOD_TEST_RESULT")) {
				browser.find("#result-CLEAR").click();
			}
			browser.clickAndWaitForPage(browser.find("main form[action$='/steps'] button[type=submit]"));
		}
		browser.checkAccessibilityAndHtml("an approved donor's file with the donation log");
		browser.forgetCookies();

		browser.driver().get(link + "?lang=pt-BR");
		assertThat(browser.find("main").getText()).contains(portuguese.t("milk.depots.title"),
				"Worcester Family Health Milk Depot", "12 Private Way", "Lena Moreau");
		browser.checkAccessibilityAndHtml("an approved donor's page in Portuguese");
		new Select(browser.find("#place")).selectByVisibleText("Worcester Family Health Milk Depot");
		// A date field takes keys in the browser's own order; its value is always ISO.
		((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				browser.find("#date"), java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
		browser.type("#amount", "120");
		browser.clickAndWaitForPage(browser.find("main form[action$='/donations'] button[type=submit]"));
		assertThat(browser.find("main").getText()).contains("120 onças (3.549 mL)",
				portuguese.t("milk.donation.waiting"));
		browser.checkAccessibilityAndHtml("the donor's page after reporting milk, in Portuguese");
	}

	@Test
	void screenedOutAnswersAndTheStaffListAreAccessible() {
		browser.forgetCookies();
		browser.open("/milk-donation?lang=ht");
		browser.type("#name", "Wideline");
		browser.type("#phone", "+1 617 555 0177");
		browser.type("#near", "Boston");
		new Select(browser.find("#baby")).selectByValue("UNDER_6_MONTHS");
		for (String answer : new String[] { "GOOD_HEALTH-YES", "NICOTINE_OR_CANNABIS-YES", "REGULAR_MEDICATIONS-NO",
				"TRANSFUSION_OR_TRANSPLANT-NO", "TATTOO-NO", "MILK_TO_SPARE-YES", "BLOOD_TEST-YES" }) {
			browser.find("#q-" + answer).click();
		}
		browser.find("#consent").click();
		browser.clickAndWaitForPage(browser.find("main form[action='/milk-donation'] button[type=submit]"));
		assertThat(browser.text("h1")).isEqualTo(Texts.of("ht").t("milk.not-now.title"));
		browser.checkAccessibilityAndHtml("answers that mean not now, in Haitian Creole");
		browser.signInWithPassword("admin@example.org", PageScanBrowserIT.DEMO_PASSWORD);
		browser.open("/milk-bank/staff?lang=fr");
		assertThat(browser.find("main").getText()).contains("Lena Moreau");
		browser.checkAccessibilityAndHtml("the milk bank staff list in French");
		browser.forgetCookies();
	}

}
