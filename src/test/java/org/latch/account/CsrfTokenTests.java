package org.latch.account;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.latch.LatchWebTest;
import org.latch.RealHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Forms that post carry a CSRF token, kept for the visitor in a cookie; pages only read,
 * feeds and the JSON API issue none to visitors who are not signed in, so they set no
 * cookie at all. Anonymous visits go over real HTTP. Once a test has used MockMvc's
 * {@code csrf()}, the shared CSRF filter keeps tokens in the session instead of the
 * {@code XSRF-TOKEN} cookie, so either cookie shows that a token was issued.
 */
@LatchWebTest
class CsrfTokenTests {

	static final String COOKIE = "XSRF-TOKEN";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/about", "/find?near=10001", "/find/places?near=Bos", "/api/hsds/services",
			"/v3/api-docs", "/impact", "/api/impact" })
	void pagesThatOnlyReadSetNoTokenCookie(String path) {
		HttpResponse<String> response = RealHttp.get(this.port, path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(response.body()).doesNotContain("name=\"_csrf\"");
	}

	@Test
	void aFormThatPostsGetsItsTokenAndTheCookie() {
		HttpResponse<String> response = RealHttp.get(this.port, "/sign-in");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie"))
			.anyMatch(cookie -> cookie.startsWith(COOKIE + "=") || cookie.startsWith("SESSION="));
		assertThat(response.body()).containsPattern("name=\"_csrf\" value=\"[^\"]+\"");
	}

	@Test
	void signedInPeopleGetATokenForTheSignOutButtonOnEveryPage() throws Exception {
		MvcResult result = this.mvc.perform(get("/find?near=10001").with(user("reader@example.org"))).andReturn();
		assertThat(result.getResponse().getContentAsString()).containsPattern(
				"action=\"/sign-out\" class=\"inline-form\"><input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"");
	}

}
