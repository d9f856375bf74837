package org.latch.account;

import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LatchWebTest
class SignUpAndSignInTests {

	static final String PASSWORD = "correct horse battery";

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	AccountRepository accounts;

	@Test
	void aNewPersonSignsUpConfirmsTheirEmailAndSignsIn() throws Exception {
		String email = unique();
		this.mvc
			.perform(post("/sign-up").with(csrf())
				.with(anyAddress())
				.param("displayName", "Ana Lima")
				.param("email", email)
				.param("password", PASSWORD))
			.andExpect(redirectedUrl("/sign-up/sent"));

		signIn(email, PASSWORD).andExpect(redirectedUrl("/sign-in?notice=unverified"));

		String mail = TestMailServer.awaitMailTo(email, Duration.ofSeconds(10));
		String link = TestMailServer.linkIn(mail, "/verify-email");
		this.mvc.perform(get(link))
			.andExpect(content().string(containsString(Html.text(this.messages, "verify.done.title", "en"))));

		signIn(email, PASSWORD).andExpect(redirectedUrl("/account"));
	}

	@Test
	void aVerificationLinkWorksOnlyOnce() throws Exception {
		String email = unique();
		signUp(email, "en");
		String link = TestMailServer.linkIn(TestMailServer.awaitMailTo(email, Duration.ofSeconds(10)), "/verify-email");
		this.mvc.perform(get(link))
			.andExpect(content().string(containsString(Html.text(this.messages, "verify.done.title", "en"))));
		this.mvc.perform(get(link))
			.andExpect(content().string(containsString(Html.text(this.messages, "verify.invalid.title", "en"))));
	}

	@Test
	void theVerificationEmailIsInThePersonsLanguage() throws Exception {
		String email = unique();
		signUp(email, "ht");
		TestMailServer.awaitMailTo(email, Duration.ofSeconds(10));
		assertThat(TestMailServer.subjectOfLatest(email))
			.isEqualTo(this.messages.getMessage("mail.verify.subject", null, java.util.Locale.forLanguageTag("ht")));
	}

	@Test
	void signingUpWithARegisteredAddressLooksTheSameAndTellsTheOwnerByEmail() throws Exception {
		String email = unique();
		signUp(email, "en");
		TestMailServer.awaitMailTo(email, Duration.ofSeconds(10));
		this.mvc
			.perform(post("/sign-up").with(csrf())
				.with(anyAddress())
				.param("displayName", "Someone Else")
				.param("email", email.toUpperCase())
				.param("password", "another password"))
			.andExpect(redirectedUrl("/sign-up/sent"));
		awaitMails(email, 2);
		assertThat(TestMailServer.subjectOfLatest(email))
			.isEqualTo(this.messages.getMessage("mail.exists.subject", null, java.util.Locale.ENGLISH));
		assertThat(this.accounts.findByEmail(email)).get().extracting(Account::displayName).isEqualTo("Ana Lima");
	}

	@Test
	void badSignUpInputGetsTranslatedMessagesNextToTheFieldsAndSavesNothing() throws Exception {
		this.mvc
			.perform(post("/sign-up").with(csrf())
				.with(anyAddress())
				.param("lang", "es")
				.param("displayName", "")
				.param("email", "not-an-email")
				.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"displayName-error\"")))
			.andExpect(content().string(containsString(Html.text(this.messages, "validation.required", "es"))))
			.andExpect(content().string(containsString(Html.text(this.messages, "validation.email", "es"))))
			.andExpect(content().string(containsString(Html.text(this.messages, "validation.password.length", "es"))))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(this.accounts.findByEmail("not-an-email")).isEmpty();
	}

	@Test
	void naughtyStringsAreStoredAndShownAsText() throws Exception {
		String email = unique();
		String name = "<script>alert(1)</script>' OR 1=1 -- 👶🏽";
		this.mvc
			.perform(post("/sign-up").with(csrf())
				.with(anyAddress())
				.param("displayName", name)
				.param("email", email)
				.param("password", ""))
			.andExpect(redirectedUrl("/sign-up/sent"));
		assertThat(this.accounts.findByEmail(email)).get().extracting(Account::displayName).isEqualTo(name);
		assertThat(this.accounts.findByEmail(email).get().passwordHash()).isNull();
	}

	@Test
	void anUnknownAccountAndAWrongPasswordGetTheSameAnswer() throws Exception {
		String email = verifiedAccount();
		MvcResult unknown = signIn(unique(), PASSWORD).andReturn();
		MvcResult wrong = signIn(email, "wrong password!").andReturn();
		assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?notice=failed")
			.isEqualTo(wrong.getResponse().getRedirectedUrl());
	}

	@Test
	void repeatedWrongPasswordsAreThrottledEvenWithTheRightOneAfterwards() throws Exception {
		String email = verifiedAccount();
		for (int i = 0; i < SignInThrottle.FAILURES_PER_ACCOUNT; i++) {
			signIn(email, "guess number " + i).andExpect(redirectedUrl("/sign-in?notice=failed"));
		}
		signIn(email, PASSWORD).andExpect(redirectedUrl("/sign-in?notice=throttled"));
		this.mvc.perform(get("/sign-in?notice=throttled"))
			.andExpect(content().string(containsString(Html.text(this.messages, "sign-in.throttled", "en"))));
	}

	@Test
	void oneAddressTryingManyAccountsIsThrottled() throws Exception {
		for (int i = 0; i < SignInThrottle.FAILURES_PER_ADDRESS; i++) {
			this.mvc.perform(post("/sign-in").with(csrf())
				.with(from("192.0.2.77"))
				.param("email", unique())
				.param("password", "x"));
		}
		this.mvc
			.perform(post("/sign-in").with(csrf())
				.with(from("192.0.2.77"))
				.param("email", verifiedAccount())
				.param("password", PASSWORD))
			.andExpect(redirectedUrl("/sign-in?notice=throttled"));
	}

	@Test
	void anEmailedLinkSignsInWithoutAPassword() throws Exception {
		String email = verifiedAccount();
		this.mvc.perform(post("/sign-in/link").with(csrf()).with(anyAddress()).param("username", email))
			.andExpect(redirectedUrl("/sign-in/link/sent"));
		String mail = awaitSubject(email, "mail.link.subject");
		String link = TestMailServer.linkIn(mail, "/sign-in/link?token=");
		String token = link.substring(link.indexOf("token=") + 6);
		this.mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString(token)));
		this.mvc.perform(post("/sign-in/link/verify").with(csrf()).param("token", token))
			.andExpect(redirectedUrl("/account"));
		this.mvc.perform(post("/sign-in/link/verify").with(csrf()).param("token", token))
			.andExpect(redirectedUrl("/sign-in?notice=failed"));
	}

	@Test
	void askingForALinkForAnUnknownAddressLooksTheSameAndSendsNothing() throws Exception {
		String email = unique();
		this.mvc.perform(post("/sign-in/link").with(csrf()).with(anyAddress()).param("username", email))
			.andExpect(redirectedUrl("/sign-in/link/sent"));
		Thread.sleep(600);
		assertThat(TestMailServer.countTo(email)).isZero();
	}

	@Test
	void aPasswordResetSetsTheNewPasswordAndEndsEverySession() throws Exception {
		String email = verifiedAccount();
		Cookie otherDevice = sessionOf(signIn(email, PASSWORD).andReturn());
		this.mvc.perform(get("/account").cookie(otherDevice)).andExpect(status().isOk());

		this.mvc.perform(post("/password-reset").with(csrf()).with(anyAddress()).param("email", email))
			.andExpect(redirectedUrl("/password-reset/sent"));
		String link = TestMailServer.linkIn(awaitSubject(email, "mail.reset.subject"), "/password-reset/");
		this.mvc.perform(get(link)).andExpect(status().isOk());
		this.mvc.perform(post(link).with(csrf()).param("password", "a brand new password"))
			.andExpect(redirectedUrl("/sign-in?notice=reset"));

		this.mvc.perform(get("/account").cookie(otherDevice).accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/sign-in"));
		signIn(email, PASSWORD).andExpect(redirectedUrl("/sign-in?notice=failed"));
		signIn(email, "a brand new password").andExpect(redirectedUrl("/account"));
		this.mvc.perform(get(link)).andExpect(status().isNotFound());
	}

	@Test
	void signingOutEverywhereEndsTheSessionsOnOtherDevices() throws Exception {
		String email = verifiedAccount();
		Cookie phone = sessionOf(signIn(email, PASSWORD).andReturn());
		Cookie laptop = sessionOf(signIn(email, PASSWORD).andReturn());
		this.mvc.perform(get("/account").cookie(phone)).andExpect(status().isOk());

		this.mvc.perform(post("/account/sign-out-everywhere").with(csrf()).cookie(laptop))
			.andExpect(redirectedUrl("/sign-in?notice=signed-out-everywhere"));

		this.mvc.perform(get("/account").cookie(phone).accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/sign-in"));
		this.mvc.perform(get("/account").cookie(laptop).accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void signingOutEndsTheSessionAndSaysSo() throws Exception {
		Cookie session = sessionOf(signIn(verifiedAccount(), PASSWORD).andReturn());
		this.mvc.perform(post("/sign-out").with(csrf()).cookie(session))
			.andExpect(redirectedUrl("/sign-in?notice=signed-out"));
		this.mvc.perform(get("/account").cookie(session).accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/sign-in"));
		this.mvc.perform(get("/sign-in").param("notice", "signed-out").param("lang", "ht"))
			.andExpect(content().string(containsString(Html.text(this.messages, "sign-in.signed-out", "ht"))));
	}

	@Test
	void theSessionCookieCannotBeReadByScriptsOrSentCrossSite() throws Exception {
		MvcResult signedIn = signIn(verifiedAccount(), PASSWORD).andReturn();
		assertThat(signedIn.getResponse().getHeaders("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
			.singleElement()
			.satisfies(c -> assertThat(c).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure"));
		MvcResult overHttps = this.mvc
			.perform(post("/sign-in").secure(true)
				.with(csrf())
				.with(anyAddress())
				.param("email", verifiedAccount())
				.param("password", PASSWORD))
			.andReturn();
		assertThat(overHttps.getResponse().getHeaders("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
			.singleElement()
			.satisfies(c -> assertThat(c).contains("Secure").contains("HttpOnly"));
	}

	@Test
	void aNewPasskeyIsLabelledWithThePersonsNameNotTheirEmail() throws Exception {
		String email = verifiedAccount();
		Cookie session = sessionOf(signIn(email, PASSWORD).andReturn());
		this.mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(post("/webauthn/register/options").with(csrf()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.user.name").value(email))
			.andExpect(jsonPath("$.user.displayName").value("Ana Lima"))
			.andExpect(jsonPath("$.rp.id").value("localhost"));
	}

	@Test
	void theAccountPageShowsNameAndRolesButNeverThePasswordHash() throws Exception {
		String email = verifiedAccount();
		Cookie session = sessionOf(signIn(email, PASSWORD).andReturn());
		this.mvc.perform(get("/account").cookie(session).param("lang", "fr"))
			.andExpect(content().string(containsString("Ana Lima")))
			.andExpect(content().string(containsString(Html.text(this.messages, "role.family", "fr"))))
			.andExpect(content().string(not(containsString("{bcrypt}"))));
	}

	private org.springframework.test.web.servlet.ResultActions signIn(String email, String password) throws Exception {
		return this.mvc.perform(
				post("/sign-in").with(csrf()).with(anyAddress()).param("email", email).param("password", password));
	}

	private void signUp(String email, String lang) throws Exception {
		this.mvc
			.perform(post("/sign-up").with(csrf())
				.with(anyAddress())
				.param("lang", lang)
				.param("displayName", "Ana Lima")
				.param("email", email)
				.param("password", PASSWORD))
			.andExpect(redirectedUrl("/sign-up/sent"));
	}

	private String verifiedAccount() throws Exception {
		String email = unique();
		signUp(email, "en");
		String link = TestMailServer.linkIn(TestMailServer.awaitMailTo(email, Duration.ofSeconds(10)), "/verify-email");
		this.mvc.perform(get(link)).andExpect(status().isOk());
		return email;
	}

	private String awaitSubject(String email, String subjectKey) throws InterruptedException {
		String subject = this.messages.getMessage(subjectKey, null, java.util.Locale.ENGLISH);
		for (int i = 0; i < 200; i++) {
			if (TestMailServer.countTo(email) > 0 && TestMailServer.subjectOfLatest(email).equals(subject)) {
				return TestMailServer.awaitMailTo(email, Duration.ofSeconds(1));
			}
			Thread.sleep(50);
		}
		throw new AssertionError("No '" + subject + "' email to " + email);
	}

	private static void awaitMails(String email, int count) throws InterruptedException {
		for (int i = 0; i < 200 && TestMailServer.countTo(email) < count; i++) {
			Thread.sleep(50);
		}
		assertThat(TestMailServer.countTo(email)).isEqualTo(count);
	}

	private static Cookie sessionOf(MvcResult result) {
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).as("session cookie").isNotNull();
		return session;
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/**
	 * A different network address per request, so only the throttling tests meet the
	 * per-address limits.
	 */
	private static org.springframework.test.web.servlet.request.RequestPostProcessor anyAddress() {
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		return from("10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255));
	}

	static String unique() {
		return UUID.randomUUID() + "@test.example.org";
	}

}
