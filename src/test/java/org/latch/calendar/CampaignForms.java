package org.latch.calendar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Filling in the campaign pages' forms as a browser would. */
final class CampaignForms {

	private static final Pattern SECRET = Pattern.compile("name=\"secret\" value=\"([A-Za-z0-9_-]{22})\"");

	private CampaignForms() {
	}

	/**
	 * Opens the registration form (for its secret) and sends it with the given fields
	 * ("name=value"), after a valid default for each field not given.
	 */
	static MockHttpServletResponse register(MockMvc mvc, String campaign, String site, String... fields)
			throws Exception {
		String form = mvc.perform(get("/campaigns/" + campaign + "/register"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher secret = SECRET.matcher(form);
		assertThat(secret.find()).as("the form carries a secret").isTrue();
		MockHttpServletRequestBuilder request = post("/campaigns/" + campaign + "/register").with(csrf())
			.param("secret", secret.group(1))
			.param("site", site);
		String[] defaults = { "team=none", "teamName=", "name=Ana Souza", "email=ana@example.org", "language=pt-BR",
				"people=1", "consent=true" };
		return mvc.perform(fill(request, defaults, fields)).andReturn().getResponse();
	}

	static MockHttpServletResponse as(MockMvc mvc, String email, MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(user(email)).with(csrf())).andReturn().getResponse();
	}

	static MockHttpServletRequestBuilder fill(MockHttpServletRequestBuilder request, String[] defaults,
			String... fields) {
		java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
		for (String field : defaults) {
			values.put(field.substring(0, field.indexOf('=')), field.substring(field.indexOf('=') + 1));
		}
		for (String field : fields) {
			values.put(field.substring(0, field.indexOf('=')), field.substring(field.indexOf('=') + 1));
		}
		values.forEach(request::param);
		return request;
	}

	/** The private link's path in a registration mail. */
	static String privatePath(String mail) {
		Matcher link = Pattern.compile("/campaigns/registrations/[A-Za-z0-9_-]{22}").matcher(mail);
		assertThat(link.find()).as("the mail has the private link").isTrue();
		return link.group();
	}

}
