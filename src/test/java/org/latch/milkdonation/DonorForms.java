package org.latch.milkdonation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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

/** The interest form and the milk bank's pages as a browser sends them, for tests. */
final class DonorForms {

	private static final Pattern SECRET = Pattern.compile("name=\"secret\" value=\"([A-Za-z0-9_-]{22})\"");

	static final Pattern REFERENCE = Pattern.compile("M-[A-Z0-9]{6}");

	private DonorForms() {
	}

	/**
	 * A complete form answered so that the donor is likely eligible, from a random
	 * address; {@code changes} are field and value pairs that replace or add to it (an
	 * empty value leaves the field out).
	 */
	static MockHttpServletRequestBuilder form(String secret, String near, String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("secret", secret);
		fields.put("name", "Ana");
		fields.put("email", "");
		fields.put("phone", "+1 907 555 0199");
		fields.put("language", "en");
		fields.put("near", near);
		fields.put("baby", "UNDER_6_MONTHS");
		for (ScreeningQuestion question : ScreeningQuestion.values()) {
			fields.put(question.field(), question.raises(Answer.YES) ? "NO" : "YES");
		}
		fields.put("consent", "true");
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		ThreadLocalRandom random = ThreadLocalRandom.current();
		MockHttpServletRequestBuilder request = post("/milk-donation").with(csrf()).with(servlet -> {
			servlet
				.setRemoteAddr("10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255));
			return servlet;
		});
		fields.forEach((name, value) -> {
			if (!value.isEmpty() || name.equals("email") || name.equals("phone")) {
				request.param(name, value);
			}
		});
		return request;
	}

	static String secretIn(String page) {
		Matcher matcher = SECRET.matcher(page);
		assertThat(matcher.find()).as("the form carries a secret").isTrue();
		return matcher.group(1);
	}

	/** Sends a donor's form and returns the secret of their private page. */
	static String sent(MockMvc mvc, String near, String... changes) throws Exception {
		String secret = secretIn(mvc.perform(get("/milk-donation")).andReturn().getResponse().getContentAsString());
		assertThat(mvc.perform(form(secret, near, changes)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/milk-donation/d/" + secret + "?sent=1");
		return secret;
	}

	static String page(MockMvc mvc, String secret, String language) throws Exception {
		return mvc.perform(get("/milk-donation/d/" + secret).param("lang", language))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** A request of a milk bank's staff member, or of anyone signed in. */
	static MockHttpServletResponse as(MockMvc mvc, String email, MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(user(email)).with(csrf())).andReturn().getResponse();
	}

	/** Records a step from the donor's file; {@code more} are field and value pairs. */
	static MockHttpServletResponse step(MockMvc mvc, String staff, UUID donor, String kind, String... more)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/milk-bank/donors/" + donor + "/steps").param("kind", kind);
		for (int i = 0; i < more.length; i += 2) {
			request.param(more[i], more[i + 1]);
		}
		return as(mvc, staff, request);
	}

	/** Takes the donor through every screening step to approval, as the bank's staff. */
	static void approve(MockMvc mvc, String staff, UUID donor) throws Exception {
		for (String kind : new String[] { "PHONE_INTERVIEW", "QUESTIONNAIRE", "BLOOD_TEST_ORDERED", "DONOR_PROVIDER",
				"BABY_PROVIDER" }) {
			assertThat(step(mvc, staff, donor, kind).getStatus()).as(kind).isEqualTo(302);
		}
		assertThat(step(mvc, staff, donor, "BLOOD_TEST_RESULT", "result", "CLEAR").getStatus()).isEqualTo(302);
		assertThat(step(mvc, staff, donor, "APPROVED").getStatus()).isEqualTo(302);
	}

}
