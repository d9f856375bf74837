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
 * The journey of issue 4 in real Chromium on the demo network: a Spanish-speaking parent
 * near 10001 asks for help without an account and gets a reference and a private link;
 * Daniela, the Spanish-speaking Leader in Brooklyn, is emailed a link only, accepts and
 * answers inside Latch; the parent reads the answer, sees who read the question, and
 * deletes it. Every page passes axe and the HTML checker.
 */
class HelpRequestJourneyBrowserIT {

	static final String LEADER = "daniela.marte@leaders.example.org";

	static Browser browser;

	@RegisterExtension
	static final BrowserPerClass chromium = new BrowserPerClass(started -> browser = started);

	@Test
	void aSpanishSpeakingParentNear10001IsAnsweredByASpanishSpeakingLeaderNearNewYork() {
		Texts spanish = Texts.of("es");
		String family = UUID.randomUUID() + "@family.example.org";
		browser.open("/help?lang=es");
		browser.checkAccessibilityAndHtml("the help form in Spanish");
		browser.type("#name", "Lucía");
		browser.find("#contact-EMAIL").click();
		browser.type("#email", family);
		browser.type("#near", "10001");
		new Select(browser.find("#baby")).selectByValue("UNDER_6_WEEKS");
		browser.find("#topic-LATCH_AND_PAIN").click();
		browser.type("#question", "Me duele cuando mi bebé se prende al pecho.");
		browser.find("#consent").click();
		browser.clickAndWaitForPage(browser.find("main form[action='/help'] button[type=submit]"));
		assertThat(browser.text("h1")).isEqualTo(spanish.t("help.sent.title"));
		String reference = browser.find("main").getText().replaceAll("(?s).*(H-[A-Z0-9]{6}).*", "$1");
		assertThat(reference).matches("H-[A-Z0-9]{6}");
		browser.checkAccessibilityAndHtml("the confirmation in Spanish");
		String link = TestMailServer.linkIn(TestMailServer.awaitMailTo(family, Duration.ofSeconds(15)), "/help/r/");

		String offer = TestMailServer.awaitMailTo(LEADER, Duration.ofSeconds(15));
		assertThat(offer).contains(reference, "/leader/help").doesNotContain("duele", "Lucía");

		browser.forgetCookies();
		browser.signInWithPassword(LEADER, PageScanBrowserIT.DEMO_PASSWORD);
		browser.open("/leader/help?lang=es");
		browser.checkAccessibilityAndHtml("the Leader's inbox in Spanish");
		browser.clickAndWaitForPage(browser.driver().findElement(By.linkText(reference)));
		assertThat(browser.find("main").getText()).contains("Me duele cuando mi bebé se prende al pecho.");
		browser.checkAccessibilityAndHtml("an offered request in Spanish");
		browser.clickAndWaitForPage(browser.find("main form[action$='/accept'] button[type=submit]"));
		assertThat(browser.find("main").getText()).contains(family);
		browser.type("#body", "Hola Lucía: probemos otra posición para amamantar.");
		browser.clickAndWaitForPage(browser.find("main form[action$='/reply'] button[type=submit]"));
		browser.checkAccessibilityAndHtml("the request being answered in Spanish");
		for (String page : new String[] { "/leader/help/settings", "/leader/contacts", "/leader/reports" }) {
			browser.open(page + "?lang=es");
			browser.checkAccessibilityAndHtml(page + " in Spanish");
		}

		browser.forgetCookies();
		browser.driver().get(link + (link.contains("?") ? "&" : "?") + "lang=es");
		assertThat(browser.find("main").getText()).contains("probemos otra posición", "Daniela Marte");
		browser.checkAccessibilityAndHtml("the family's conversation in Spanish");
		browser.clickAndWaitForPage(browser.find("main form[action$='/delete'] button[type=submit]"));
		assertThat(browser.text("h1")).isEqualTo(spanish.t("help.deleted.title"));
		browser.driver().get(link);
		assertThat(browser.text("main")).contains(spanish.t("help.gone"));
	}

	@Test
	void theAreaAdministratorsQueueIsAccessible() {
		browser.forgetCookies();
		browser.signInWithPassword("area-admin@example.org", PageScanBrowserIT.DEMO_PASSWORD);
		browser.open("/leader/help/queue?lang=pt-BR");
		assertThat(browser.text("h1")).isEqualTo(Texts.of("pt-BR").t("queue.title"));
		browser.checkAccessibilityAndHtml("the queue in Portuguese");
		browser.forgetCookies();
	}

}
