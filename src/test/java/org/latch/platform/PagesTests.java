package org.latch.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.net.http.HttpResponse;

import jakarta.servlet.http.Cookie;

import org.latch.Html;
import org.latch.LatchWebTest;
import org.latch.RealHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LatchWebTest
class PagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@LocalServerPort
	int port;

	@ParameterizedTest
	@CsvSource({ "/,home.title", "/about,about.title", "/find,find.title", "/help,help.title", "/sign-in,sign-in.title",
			"/sign-up,sign-up.title", "/password-reset,password-reset.title", "/impact,impact.title" })
	void everyPublicPageIsServedInEachLanguageWithTheRightHtmlLang(String path, String titleKey) throws Exception {
		for (String lang : new String[] { "en", "es", "pt-BR", "fr", "ht" }) {
			this.mvc.perform(get(path).param("lang", lang))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<html lang=\"" + lang + "\">")))
				.andExpect(content().string(containsString(Html.text(this.messages, titleKey, lang))))
				.andExpect(cookie().value("latch-lang", lang));
		}
	}

	@Test
	void theLanguageLinksKeepASearchForAPlaceWithAccents() {
		HttpResponse<String> response = RealHttp.get(this.port, "/find?near=S%C3%A3o+Paulo&lang=en");
		assertThat(response.body()).contains("href=\"/find?near=S%C3%A3o+Paulo&amp;lang=es\"")
			.contains("href=\"/find?near=S%C3%A3o+Paulo&amp;lang=ht\"");
		assertThat(response.headers().firstValueAsLong("Content-Length")).as("a page is sent whole, with its length")
			.hasValue(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
	}

	@Test
	void aChosenLanguageIsRememberedInACookie() throws Exception {
		this.mvc.perform(get("/about").cookie(new Cookie("latch-lang", "fr")))
			.andExpect(content().string(containsString("<html lang=\"fr\">")));
	}

	@ParameterizedTest
	@CsvSource({ "'pt-PT,pt;q=0.9',pt-BR", "'de-DE, es-MX;q=0.8',es", "'fr-CA',fr", "'de',en", "'ht-HT',ht",
			"'not a header;;',en" })
	void withoutAChoiceTheBrowserLanguageDecides(String acceptLanguage, String expected) throws Exception {
		this.mvc.perform(get("/").header("Accept-Language", acceptLanguage))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"" + expected + "\">")));
	}

	@Test
	void anUnsupportedLanguageParameterIsIgnored() throws Exception {
		this.mvc.perform(get("/").param("lang", "xx").header("Accept-Language", "es"))
			.andExpect(content().string(containsString("<html lang=\"es\">")))
			.andExpect(cookie().doesNotExist("latch-lang"));
	}

	@Test
	void theFeedingTerminologyIsChosenAndRemembered() throws Exception {
		String chestfeeding = Html.text(this.messages, "home.tagline", "en",
				this.messages.getMessage("terminology.chestfeeding.noun", null, java.util.Locale.ENGLISH));
		this.mvc.perform(get("/").param("feeding", "chestfeeding"))
			.andExpect(content().string(containsString(chestfeeding)))
			.andExpect(cookie().value("latch-feeding", "chestfeeding"));
		this.mvc.perform(get("/").cookie(new Cookie("latch-feeding", "chestfeeding")))
			.andExpect(content().string(containsString(chestfeeding)));
	}

	@Test
	void theOrganizationDefaultTerminologyAppliesUntilAVisitorChooses() throws Exception {
		String breastfeeding = Html.text(this.messages, "home.tagline", "en",
				this.messages.getMessage("terminology.breastfeeding.noun", null, java.util.Locale.ENGLISH));
		this.mvc.perform(get("/")).andExpect(content().string(containsString(breastfeeding)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es", "ht" })
	void anUnknownPageIsATranslated404(String lang) {
		HttpResponse<String> response = RealHttp.get(this.port, "/no-such-page?lang=" + lang);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains(Html.text(this.messages, "error.404.title", lang))
			.contains("<html lang=\"" + lang + "\">");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void aServerErrorShowsATranslatedApologyAndNoStackTrace(String lang) throws Exception {
		this.mvc
			.perform(get("/error").param("lang", lang)
				.requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 500)
				.requestAttr(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("boom"))
				.requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/somewhere"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().string(containsString(Html.text(this.messages, "error.500.title", lang))))
			.andExpect(content().string(not(containsString("boom"))))
			.andExpect(content().string(not(containsString("IllegalStateException"))));
	}

	@Test
	void apiErrorsAreProblemDetails() {
		HttpResponse<String> response = RealHttp.get(this.port, "/api/no-such-thing");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"status\":404").doesNotContain("Exception");
	}

	@Test
	void aFormPostedWithoutCsrfTokenIsRefusedWithATranslatedPage() {
		HttpResponse<String> response = RealHttp.postForm(this.port, "/sign-up?lang=pt-BR", "email=x%40example.org");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains(Html.text(this.messages, "error.403.title", "pt-BR"));
	}

	@Test
	void malformedRequestsGetAPageNotAStackTrace() {
		HttpResponse<String> response = RealHttp.get(this.port, "/password-reset/" + "%00%3Cx%3E".repeat(300));
		assertThat(response.statusCode()).isBetween(400, 499);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void pagesForbidFramingSniffingAndInlineScripts() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	@Test
	void httpsResponsesAskBrowsersToStayOnHttps() throws Exception {
		this.mvc.perform(get("/").secure(true))
			.andExpect(header().string("Strict-Transport-Security", startsWith("max-age=31536000")));
	}

	@Test
	void signedInPagesSendVisitorsToSignIn() throws Exception {
		this.mvc.perform(get("/account").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void readinessIsUpWhenTheDatabaseAnswers() throws Exception {
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void prometheusMetricsAreExposed() throws Exception {
		this.mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

}
