package org.latch.helprequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The help form as families send it, for tests. */
final class HelpForms {

	private static final Pattern SECRET = Pattern.compile("name=\"secret\" value=\"([A-Za-z0-9_-]{22})\"");

	private HelpForms() {
	}

	/**
	 * A complete, good form from a random address; {@code changes} are field and value
	 * pairs that replace or add to it.
	 */
	static MockHttpServletRequestBuilder form(String secret, String... changes) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		fields.put("secret", List.of(secret));
		fields.put("name", List.of("Ana"));
		fields.put("contact", List.of("IN_APP"));
		fields.put("language", List.of("en"));
		fields.put("baby", List.of("UNDER_6_WEEKS"));
		fields.put("topics", List.of("LATCH_AND_PAIN"));
		fields.put("question", List.of("It hurts when my baby latches."));
		fields.put("consent", List.of("true"));
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], List.of(changes[i + 1]));
		}
		ThreadLocalRandom random = ThreadLocalRandom.current();
		MockHttpServletRequestBuilder request = post("/help").with(csrf())
			.with(from("10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255)));
		fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		return request;
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** The secret the form page carries. */
	static String secretIn(String page) {
		Matcher matcher = SECRET.matcher(page);
		assertThat(matcher.find()).as("the form carries a secret").isTrue();
		return matcher.group(1);
	}

}
