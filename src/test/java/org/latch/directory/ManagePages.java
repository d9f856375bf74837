package org.latch.directory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Management pages as a signed-in person sees them, and forms posted to them. */
record ManagePages(MockMvc mvc) {

	/** The page, which must answer 200. */
	String page(MockHttpServletRequestBuilder request, String username) throws Exception {
		return this.mvc.perform(request.with(user(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * Posts a form that creates something; its id from the redirect to {@code path}/id.
	 */
	UUID created(MockHttpServletRequestBuilder request, String username, String path) throws Exception {
		String location = this.mvc.perform(request.with(user(username)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith(path + "/");
		return UUID.fromString(location.substring(path.length() + 1));
	}

	/**
	 * A form of {@code fields} with {@code changes} (name/value pairs) replacing some,
	 * speaking English and Spanish unless it says otherwise, with a CSRF token.
	 */
	static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> fields,
			String... changes) {
		Map<String, String> sent = new LinkedHashMap<>(fields);
		for (int i = 0; i + 1 < changes.length; i += 2) {
			sent.put(changes[i], changes[i + 1]);
		}
		sent.forEach(request::param);
		if (!sent.containsKey("languages")) {
			request.param("languages", "en", "es");
		}
		return request.with(csrf());
	}

}
