package org.latch.fundraising;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.latch.platform.PrivateLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Walkers registering through the calendar's public form, as a browser would, and what
 * they do from their private registration page.
 */
final class Walkers {

	private static final Pattern SECRET = Pattern.compile("name=\"secret\" value=\"([A-Za-z0-9_-]{22})\"");

	private Walkers() {
	}

	/** Registers one person at the site, without a team; the private link's secret. */
	static String register(MockMvc mvc, UUID campaign, UUID site, String name, String email) throws Exception {
		return register(mvc, campaign, site, name, email, "none");
	}

	/** Registers one person at the site in a team (its id, or "none"); the secret. */
	static String register(MockMvc mvc, UUID campaign, UUID site, String name, String email, String team)
			throws Exception {
		String form = mvc.perform(get("/campaigns/" + campaign + "/register"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher secret = SECRET.matcher(form);
		assertThat(secret.find()).as("the registration form carries a secret").isTrue();
		MockHttpServletResponse sent = mvc
			.perform(post("/campaigns/" + campaign + "/register").with(csrf())
				.param("secret", secret.group(1))
				.param("site", site.toString())
				.param("team", team)
				.param("teamName", "")
				.param("name", name)
				.param("email", email)
				.param("language", "en")
				.param("people", "1")
				.param("consent", "true"))
			.andReturn()
			.getResponse();
		assertThat(sent.getStatus()).as("registered").isEqualTo(302);
		return secret.group(1);
	}

	static String privatePage(String secret) {
		return "/campaigns/registrations/" + secret;
	}

	static String pay(String secret) {
		return privatePage(secret) + "/pay";
	}

	static UUID registration(JdbcTemplate jdbc, String secret) {
		return jdbc.queryForObject("select id from calendar_registration where secret_hash = ?", UUID.class,
				PrivateLinks.hash(secret));
	}

	static String page(MockMvc mvc, String path) throws Exception {
		return mvc.perform(get(path).header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
	}

	/**
	 * Presses a button of a page without an account (a form with only its CSRF token).
	 */
	static MockHttpServletResponse press(MockMvc mvc, String path) throws Exception {
		return mvc.perform(post(path).with(csrf()).header("Accept-Language", "en")).andReturn().getResponse();
	}

}
