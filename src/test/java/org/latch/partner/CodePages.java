package org.latch.partner;

import java.util.Map;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The Code register's pages as a browser uses them: as a signed-in person, a reviewer
 * (platform administrator), or a visitor without an account.
 */
record CodePages(MockMvc mvc) {

	MockHttpServletResponse as(String email, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return result(email, request).getResponse();
	}

	MvcResult result(String email, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		boolean reviewer = email.startsWith("reviewer-");
		return this.mvc
			.perform(request.with(reviewer ? user(email).roles("PLATFORM_ADMIN") : user(email).roles("FAMILY"))
				.with(csrf()))
			.andReturn();
	}

	MockHttpServletResponse visitor(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return this.mvc.perform(request.with(csrf())).andReturn().getResponse();
	}

	String page(String email, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return as(email, request).getContentAsString();
	}

	/** Sends a register entry on the form; returns the result (a redirect when saved). */
	MvcResult enter(String email, Map<String, String> form) throws Exception {
		var request = post(CodePaths.SUBMISSIONS);
		form.forEach((name, value) -> {
			if (name.equals("products")) {
				request.param(name, value.split(","));
			}
			else {
				request.param(name, value);
			}
		});
		return result(email, request);
	}

	MockHttpServletResponse review(String reviewer, String location, String action, String note) throws Exception {
		var request = post(location.replace(CodePaths.SUBMISSIONS, CodePaths.REVIEW + "/sponsors") + "/" + action);
		if (note != null) {
			request.param("note", note);
		}
		return as(reviewer, request);
	}

}
