package org.latch.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.latch.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5 tried as a new applicant would, in real Chromium on the demo network: an
 * organization with 9 members and 1 IBCLC sees exactly why it is not yet eligible, adds
 * what is missing and sends its Partner Profile; an administrator reviews and approves it
 * in Haitian Creole; the applicant signs the agreement in Spanish, the administrator
 * countersigns it, and it appears in the public directory. Every page passes axe and the
 * HTML checker, the forms with their errors too; at last the signatory finds the two
 * benefit codes on the partner's ledger and sends a promotion request with errors.
 */
class PartnerJourneyBrowserIT {

	static final String APPLICANT = "family@example.org";

	static Browser browser;

	@RegisterExtension
	static final BrowserPerClass chromium = new BrowserPerClass(started -> browser = started);

	@Test
	void anOrganizationSeesWhyItIsNotYetEligibleThenIsApprovedAndListed() throws IOException {
		Texts spanish = Texts.of("es");
		browser.open("/partners?lang=es");
		browser.checkAccessibilityAndHtml("the partner directory in Spanish");
		browser.clickAndWaitForPage(browser.find("main ul.partner-list a"));
		browser.checkAccessibilityAndHtml("a partner's page in Spanish");

		browser.signInWithPassword(APPLICANT, PageScanBrowserIT.DEMO_PASSWORD);
		browser.open("/partners/apply?lang=es");
		browser.checkAccessibilityAndHtml("the applications of a person in Spanish");
		browser.clickAndWaitForPage(browser.find("main form[action='/partners/apply'] button[type=submit]"));
		browser.clickAndWaitForPage(browser.find("main form button[type=submit]"));
		assertThat(browser.text(".error-summary")).contains(spanish.t("validation.partner.legal-name"));
		browser.checkPageAsHeld("the organization step with its errors in Spanish");
		browser.type("#legalName", "Leche y Abrazo Ponce");
		new Select(browser.find("#country")).selectByValue("PR");
		browser.type("#region", "Ponce");
		browser.find("#level-LOCAL").click();
		browser.find("#language-es").click();
		browser.type("#mission", "Grupos de apoyo a la lactancia en Ponce.");
		browser.clickAndWaitForPage(browser.find("main form button[type=submit]"));
		assertThat(browser.text("h1")).isEqualTo(spanish.t("partner.step.recognition"));
		browser.checkAccessibilityAndHtml("the legal recognition step in Spanish");
		Path certificate = Files.createTempFile("certificado", ".pdf");
		Files.write(certificate, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		browser.type("#registrationNumber", "PR-2024-0815");
		browser.find("#evidence").sendKeys(certificate.toString());
		browser.clickAndWaitForPage(browser.find("main form button[type=submit]"));
		assertThat(browser.text("h1")).isEqualTo(spanish.t("partner.step.people"));
		browser.checkAccessibilityAndHtml("the members step in Spanish");
		browser.type("#members", "9");
		browser.type("#employees", "0");
		browser.type("#ibclcName-0", "Carmen Ortiz");
		browser.type("#ibclcNumber-0", "1234567");
		browser.type("#contactName", "Carmen Ortiz");
		browser.type("#contactEmail", "carmen@example.org");
		browser.clickAndWaitForPage(browser.find("main form button[type=submit]"));
		browser.checkAccessibilityAndHtml("the Code pledge step in Spanish");
		browser.find("#pledge").click();
		browser.clickAndWaitForPage(browser.find("main form button[type=submit]"));
		assertThat(browser.text("main")).contains(spanish.t("partner.criterion.members.missing", 9, 10),
				spanish.t("partner.criterion.ibclcs.missing", 1, 2));
		browser.checkAccessibilityAndHtml("a not yet eligible application in Spanish");

		browser.clickAndWaitForPage(browser.driver().findElement(By.linkText(spanish.t("partner.step.people"))));
		browser.type("#members", "12");
		browser.type("#ibclcName-1", "Lucía Rivera");
		browser.type("#ibclcNumber-1", "7654321");
		browser.clickAndWaitForPage(browser.find("main form button[type=submit]"));
		browser.clickAndWaitForPage(browser.driver().findElement(By.linkText(spanish.t("partner.step.submit"))));
		assertThat(browser.text("main")).contains(spanish.t("partner.checklist.eligible"));
		browser.clickAndWaitForPage(browser.find("main form[action$='/submit'] button[type=submit]"));
		assertThat(browser.text("main")).contains(spanish.t("partner.status.SUBMITTED"));
		browser.checkAccessibilityAndHtml("a sent application in Spanish");
		assertThat(TestMailServer.awaitMailTo(APPLICANT, Duration.ofSeconds(15))).contains("Leche y Abrazo Ponce");

		Texts creole = Texts.of("ht");
		browser.forgetCookies();
		browser.signInWithPassword("admin@example.org", PageScanBrowserIT.DEMO_PASSWORD);
		browser.open("/partners/review?lang=ht");
		browser.checkAccessibilityAndHtml("the review queue in Haitian Creole");
		browser.clickAndWaitForPage(browser.driver().findElement(By.linkText("Leche y Abrazo Ponce")));
		browser.clickAndWaitForPage(browser.find("main form[action$='/start'] button[type=submit]"));
		browser.clickAndWaitForPage(browser.find("main form[action$='/decline'] button[type=submit]"));
		assertThat(browser.text(".error-summary")).contains(creole.t("partner.review.problem.NOTE_NEEDED"));
		browser.checkPageAsHeld("an application in review with an error in Haitian Creole");
		browser.type("#note-approve", "Byenveni!");
		browser.clickAndWaitForPage(browser.find("main form[action$='/approve'] button[type=submit]"));
		assertThat(browser.text("main")).contains(creole.t("partner.status.APPROVED"));

		browser.open("/partners?lang=ht&region=ponce");
		assertThat(browser.text("main")).doesNotContain("Leche y Abrazo Ponce");

		browser.forgetCookies();
		browser.signInWithPassword(APPLICANT, PageScanBrowserIT.DEMO_PASSWORD);
		browser.open("/partners/apply?lang=es");
		browser.clickAndWaitForPage(browser.driver().findElement(By.linkText("Leche y Abrazo Ponce")));
		browser.clickAndWaitForPage(browser.driver().findElement(By.linkText(spanish.t("agreement.link.signatory"))));
		browser.checkAccessibilityAndHtml("an agreement to sign in Spanish");
		browser.clickAndWaitForPage(browser.find("main form[action$='/sign'] button[type=submit]"));
		assertThat(browser.text(".error-summary")).contains(spanish.t("validation.agreement.name"),
				spanish.t("validation.agreement.consent"));
		browser.checkPageAsHeld("the signature form with its errors in Spanish");
		browser.type("#typedName", "Carmen Ortiz");
		browser.find("#consent").click();
		browser.clickAndWaitForPage(browser.find("main form[action$='/sign'] button[type=submit]"));
		assertThat(browser.text("main")).contains(spanish.t("agreement.done.sign"),
				spanish.t("agreement.status.AWAITING_COUNTERSIGNATURE"));

		browser.forgetCookies();
		browser.signInWithPassword("admin@example.org", PageScanBrowserIT.DEMO_PASSWORD);
		browser.open("/partners/agreements?lang=ht");
		browser.checkAccessibilityAndHtml("the partner agreements in Haitian Creole");
		browser.clickAndWaitForPage(browser.driver().findElement(By.linkText("Leche y Abrazo Ponce")));
		browser.checkAccessibilityAndHtml("an agreement to countersign in Haitian Creole");
		browser.type("#typedName", "Latch Admin");
		browser.find("#consent").click();
		browser.clickAndWaitForPage(browser.find("main form[action$='/countersign'] button[type=submit]"));
		assertThat(browser.text("main")).contains(creole.t("agreement.status.COUNTERSIGNED"), "Carmen Ortiz");
		browser.checkAccessibilityAndHtml("a countersigned agreement in Haitian Creole");

		browser.open("/partners?lang=ht&region=ponce");
		assertThat(browser.text("main")).contains("Leche y Abrazo Ponce");
		browser.checkAccessibilityAndHtml("the partner directory searched in Haitian Creole");

		browser.forgetCookies();
		browser.signInWithPassword(APPLICANT, PageScanBrowserIT.DEMO_PASSWORD);
		browser.open("/partners/apply?lang=es");
		browser.clickAndWaitForPage(browser.driver().findElement(By.linkText("Leche y Abrazo Ponce")));
		browser.clickAndWaitForPage(browser.driver().findElement(By.linkText(spanish.t("agreement.link.benefits"))));
		assertThat(browser.findAll("code.benefit-code")).hasSize(2);
		browser.type("#title", "x");
		browser.clickAndWaitForPage(browser.find("main form[action$='/promotions'] button[type=submit]"));
		assertThat(browser.text(".error-summary")).contains(spanish.t("validation.benefits.title"),
				spanish.t("validation.benefits.link"), spanish.t("validation.benefits.day"),
				spanish.t("validation.benefits.summary"));
		browser.checkPageAsHeld("the benefits ledger with a promotion request's errors in Spanish");
	}

}
