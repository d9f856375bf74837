package org.latch.browser;

import java.time.Duration;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.latch.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The way in for a new person, in a real browser: sign up, confirm the email address from
 * the email, sign in with the password, add a passkey, sign out, and sign in again with
 * the passkey. Every page on the way is checked for accessibility and valid HTML; those
 * findings are collected and reported together at the end so one of them does not hide
 * the rest of the journey.
 */
class SignUpPasskeyJourneyBrowserIT {

	static final Texts EN = Texts.of("en");

	static Browser browser;

	@RegisterExtension
	static final BrowserPerClass chromium = new BrowserPerClass(started -> browser = started);

	@Test
	void aNewPersonSignsUpConfirmsTheirEmailAddsAPasskeyAndSignsInWithIt() {
		String name = "Journey Tester";
		String email = UUID.randomUUID() + "@journey.example.org";
		String password = "correct horse battery";
		String passkeyLabel = "Journey laptop";
		SoftAssertions pages = new SoftAssertions();
		try {
			journey(name, email, password, passkeyLabel, pages);
		}
		catch (AssertionError | RuntimeException stopped) {
			// reported together with the page checks collected before the journey stopped
			pages.fail("The journey stopped: " + stopped.getMessage(), stopped);
		}
		pages.assertAll();
	}

	private static void journey(String name, String email, String password, String passkeyLabel, SoftAssertions pages) {
		// 1. Sign up
		browser.open("/sign-up");
		assertThat(browser.htmlLang()).isEqualTo("en");
		assertThat(browser.text("h1")).isEqualTo(EN.t("sign-up.title"));
		pages.check(() -> browser.checkAccessibilityAndHtml("sign-up form"));
		assertCookieHiddenFromScriptsAndOtherSites("XSRF-TOKEN");
		browser.type("#displayName", name);
		browser.type("#email", email);
		browser.type("#password", password);
		browser.clickAndWaitForPage(browser.find("main form[action='/sign-up'] button[type=submit]"));

		// 2. "Check your email"
		assertThat(browser.currentPath()).isEqualTo("/sign-up/sent");
		assertThat(browser.text("h1")).isEqualTo(EN.t("sign-up.sent.title"));
		assertThat(browser.text("main")).contains(EN.t("sign-up.sent.text"));
		pages.check(() -> browser.checkAccessibilityAndHtml("sign-up sent page"));

		// 3. The email and its link
		String mail = TestMailServer.awaitMailTo(email, Duration.ofSeconds(20));
		assertThat(TestMailServer.subjectOfLatest(email)).isEqualTo(EN.t("mail.verify.subject"));
		String link = TestMailServer.linkIn(mail, "/verify-email");
		assertThat(link).startsWith(BrowserTestServer.baseUrl() + "/verify-email?token=");
		browser.open(link);
		assertThat(browser.text("h1")).isEqualTo(EN.t("verify.done.title"));
		assertThat(browser.text("main")).contains(EN.t("verify.done.text"));
		pages.check(() -> browser.checkAccessibilityAndHtml("email verification page"));

		// 4. Sign in with the password
		browser.open("/sign-in");
		assertThat(browser.text("h1")).isEqualTo(EN.t("sign-in.title"));
		pages.check(() -> browser.checkAccessibilityAndHtml("sign-in page"));
		browser.type("#email", email);
		browser.type("#password", password);
		browser.clickAndWaitForPage(browser.find("main form[action='/sign-in'] button[type=submit]"));
		assertThat(browser.currentPath()).isEqualTo("/account");
		assertSignedInAs(name, email);
		assertCookieHiddenFromScriptsAndOtherSites("SESSION");

		// 5. Add a passkey
		assertThat(browser.find("#no-passkeys").getText()).isEqualTo(EN.t("account.passkeys.none"));
		WebElement form = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("passkey-register")));
		pages.check(() -> browser.checkAccessibilityAndHtml("account page without a passkey"));
		browser.addVirtualAuthenticator();
		browser.type("#passkey-label", passkeyLabel);
		browser.markPage();
		form.findElement(By.cssSelector("button[type=submit]")).click();
		try {
			browser.waitForNewPage();
		}
		catch (TimeoutException notReloaded) {
			throw new AssertionError("The page did not reload after adding a passkey; status shows: «"
					+ browser.text("#passkey-register-status") + "»; "
					+ firstCallAnswer("passkey-register", "/webauthn/register/options"), notReloaded);
		}
		browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".passkey-label")));
		assertThat(browser.findAll(".passkey-label")).extracting(WebElement::getText).containsExactly(passkeyLabel);
		assertThat(browser.findAll("#no-passkeys")).isEmpty();
		pages.check(() -> browser.checkAccessibilityAndHtml("account page with a passkey"));

		// 6. Sign out with the header button: back on the sign-in page, told so
		WebElement signOut = browser.find("header form[action='/sign-out'] button[type=submit]");
		assertThat(signOut.getText()).isEqualTo(EN.t("nav.sign-out"));
		browser.clickAndWaitForPage(signOut);
		assertThat(browser.findAll("header form[action='/sign-out']")).as("signed out").isEmpty();
		assertThat(browser.find("header a[href='/sign-in']").getText()).isEqualTo(EN.t("nav.sign-in"));
		assertThat(browser.currentPath()).isEqualTo("/sign-in");
		assertThat(browser.text("main [role=status]")).isEqualTo(EN.t("sign-in.signed-out"));
		pages.check(() -> browser.checkAccessibilityAndHtml("sign-in page after signing out"));
		browser.open("/account");
		assertThat(browser.currentPath()).as("/account needs signing in again").isEqualTo("/sign-in");

		// 7. Sign in with the passkey
		browser.open("/sign-in");
		WebElement passkeyButton = browser
			.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("passkey-sign-in")));
		assertThat(passkeyButton.getText()).isEqualTo(EN.t("sign-in.passkey.submit"));
		passkeyButton.click();
		try {
			browser.waitUntil(d -> browser.currentPath().equals("/account"));
		}
		catch (TimeoutException notSignedIn) {
			throw new AssertionError(
					"Passkey sign-in did not reach /account; status shows: «" + browser.text("#passkey-status") + "»; "
							+ firstCallAnswer("passkey-sign-in", "/webauthn/authenticate/options"),
					notSignedIn);
		}
		browser.waitForLoad();
		assertSignedInAs(name, email);
		assertThat(browser.findAll(".passkey-label")).extracting(WebElement::getText).containsExactly(passkeyLabel);
	}

	/**
	 * For a failure message: what the server answers the first call /js/passkeys.js
	 * makes, sent the way the script sends it (the CSRF header named by the page's data
	 * attributes).
	 */
	private static String firstCallAnswer(String elementId, String url) {
		return String.valueOf(((JavascriptExecutor) browser.driver()).executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						const element = document.getElementById(arguments[0]);
						const url = arguments[1];
						const header = element.dataset.csrfHeader;
						fetch(url, { method: "POST", credentials: "same-origin",
						    headers: { "Content-Type": "application/json", [header]: element.dataset.csrfToken } })
						  .then((r) => done("POST " + url + " with the page's CSRF header " + header + " answers HTTP " + r.status),
						        (e) => done("POST " + url + " failed: " + e));
						""",
				elementId, url));
	}

	private static void assertCookieHiddenFromScriptsAndOtherSites(String name) {
		org.openqa.selenium.Cookie cookie = browser.driver().manage().getCookieNamed(name);
		assertThat(cookie).as("cookie %s", name).isNotNull();
		assertThat(cookie.isHttpOnly()).as("%s is HttpOnly", name).isTrue();
		assertThat(cookie.getSameSite()).as("%s SameSite", name).isEqualTo("Lax");
	}

	private static void assertSignedInAs(String name, String email) {
		assertThat(browser.text("h1")).isEqualTo(EN.t("account.title"));
		assertThat(browser.text("main")).contains(EN.t("account.signed-in-as", name, email));
		assertThat(browser.find("header form[action='/sign-out'] button").getText()).isEqualTo(EN.t("nav.sign-out"));
	}

}
