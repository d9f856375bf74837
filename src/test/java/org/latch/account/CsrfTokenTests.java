package org.latch.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.latch.LatchWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Forms that post carry a CSRF token, issued with its cookie; pages only read, feeds and
 * the JSON API issue none to visitors who are not signed in, so they set no cookie.
 */
@LatchWebTest
class CsrfTokenTests {

	static final String COOKIE = "XSRF-TOKEN";

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/about", "/find?near=10001", "/find/places?near=Bos", "/api/hsds/services",
			"/v3/api-docs" })
	void pagesThatOnlyReadSetNoTokenCookie(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getHeaders("Set-Cookie")).noneMatch(cookie -> cookie.startsWith(COOKIE));
		assertThat(result.getResponse().getContentAsString()).doesNotContain("name=\"_csrf\"");
	}

	@Test
	void aFormThatPostsGetsItsTokenAndTheCookie() throws Exception {
		MvcResult result = this.mvc.perform(get("/sign-in")).andReturn();
		assertThat(result.getResponse().getHeaders("Set-Cookie")).anyMatch(cookie -> cookie.startsWith(COOKIE + "="));
		assertThat(result.getResponse().getContentAsString()).containsPattern("name=\"_csrf\" value=\"[^\"]+\"");
	}

	@Test
	void signedInPeopleGetATokenForTheSignOutButtonOnEveryPage() throws Exception {
		MvcResult result = this.mvc.perform(get("/find?near=10001").with(user("reader@example.org"))).andReturn();
		assertThat(result.getResponse().getContentAsString()).containsPattern(
				"action=\"/sign-out\" class=\"inline-form\"><input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"");
	}

}
